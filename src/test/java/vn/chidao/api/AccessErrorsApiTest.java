package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.problem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Over HTTP: 401 without credentials, 403 for the wrong role, 404 for unknown ids and for another unit's or
 * government's, which are answered as unknown.
 */
@ChidaoTest
class AccessErrorsApiTest {

    private static final long UNKNOWN_ID = 987_654_321_987L;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    ApiClient api;
    World world;

    @BeforeEach
    void newWorld() {
        api = ApiClient.on(port);
        world = fixtures.newWorld();
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordItIs401() {
        assertThat(problem(api.get("/api/me"), 401).path("detail").asText()).contains("HTTP Basic");
        problem(api.get("/api/assignments"), 401);
        problem(api.post("/api/conclusions", json("title", "x")), 401);
        problem(api.as(world.secretariat().username(), "wrong-password").get("/api/me"), 401);
    }

    @Test
    void theWrongRoleIs403() {
        problem(as(world.focalPoint(World.SO_A).username()).post("/api/conclusions", fixtures.draft()), 403);
        long draft = as(world.secretariat().username()).post("/api/conclusions", fixtures.draft()).expect(201)
                .path("id").asLong();
        problem(as(world.leader().username()).post("/api/conclusions/" + draft + "/submit"), 403);
        problem(as(world.secretariat().username()).post("/api/admin/governments", json("code", "X1", "name", "X")),
                403);
        assertThat(as(world.secretariat().username()).get("/api/conclusions/" + draft).expect(200)
                .path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void unitHeadsCannotActAndAnotherUnitsFocalPointsFindNothing() {
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);

        problem(as(world.unitHead(World.SO_A).username()).post("/api/assignments/" + id + "/acknowledge"), 403);
        problem(as(world.focalPoint(World.SO_B).username()).post("/api/assignments/" + id + "/acknowledge"), 404);
        problem(as(world.focalPoint(World.SO_B).username()).get("/api/assignments/" + id), 404);
        problem(as(world.focalPoint(World.SO_B).username()).get("/api/assignments?unit=" + World.SO_A), 403);

        assertThat(as(world.unitHead(World.SO_A).username()).get("/api/assignments/" + id).expect(200)
                .path("status").asText()).isEqualTo("ASSIGNED");
    }

    @Test
    void peopleOfAnotherGovernmentFindNothing() {
        World other = fixtures.newWorld();
        long conclusion = as(world.secretariat().username()).post("/api/conclusions", fixtures.draft()).expect(201)
                .path("id").asLong();
        as(world.secretariat().username()).post("/api/conclusions/" + conclusion + "/submit").expect(200);

        problem(as(other.leader().username()).post("/api/conclusions/" + conclusion + "/approve", json()), 404);
        // Word for word the answer for an id that was never used, but for the number.
        assertThat(problem(as(other.secretariat().username()).get("/api/conclusions/" + conclusion), 404)
                .path("detail").asText().replaceAll("[0-9.]+\\.$", "#"))
                .isEqualTo(problem(as(other.secretariat().username()).get("/api/conclusions/" + UNKNOWN_ID), 404)
                        .path("detail").asText().replaceAll("[0-9.]+\\.$", "#"));
        problem(api.as("admin", "test-admin").get("/api/assignments"), 403);

        assertThat(as(world.leader().username()).get("/api/conclusions/" + conclusion).expect(200)
                .path("status").asText()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void unknownIdsAre404() {
        problem(as(world.secretariat().username()).get("/api/conclusions/" + UNKNOWN_ID), 404);
        problem(as(world.secretariat().username()).post("/api/conclusions/" + UNKNOWN_ID + "/submit"), 404);
        problem(as(world.leader().username()).post("/api/conclusions/" + UNKNOWN_ID + "/approve", json()), 404);
        problem(as(world.secretariat().username()).get("/api/assignments/" + UNKNOWN_ID), 404);
        problem(as(world.focalPoint(World.SO_A).username()).post("/api/assignments/" + UNKNOWN_ID + "/acknowledge"),
                404);
    }

    @Test
    void detailsAreVietnameseByDefaultAndEnglishOnRequest() {
        ApiClient secretariat = as(world.secretariat().username());
        String path = "/api/conclusions/" + UNKNOWN_ID;

        assertThat(problem(secretariat.get(path), 404).path("detail").asText()).startsWith("Không tìm thấy");
        assertThat(problem(secretariat.inLanguage("en").get(path), 404).path("detail").asText())
                .startsWith("Conclusion").endsWith("not found.");
        assertThat(problem(api.inLanguage("en").get("/api/me"), 401).path("detail").asText())
                .isEqualTo("Sign-in required (HTTP Basic).");
        assertThat(problem(as(world.leader().username()).inLanguage("en").post("/api/conclusions", fixtures.draft()),
                403).path("detail").asText()).isEqualTo("This action is for the role(s): SECRETARIAT.");
    }

    private ApiClient as(String username) {
        return api.as(username);
    }
}
