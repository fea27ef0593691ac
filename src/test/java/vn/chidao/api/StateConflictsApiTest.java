package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Race;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** Over HTTP: an action the current state does not allow is a 409 problem and changes nothing. */
@ChidaoTest
class StateConflictsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;

    ApiClient api;
    World world;

    @BeforeEach
    void newWorld() {
        api = ApiClient.on(port);
        world = fixtures.newWorld();
    }

    @Test
    void acknowledgingOrReviewingTwiceIs409AndTheHistoryKeepsOneEntry() {
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        ApiClient focalPoint = api.as(world.focalPoint(World.SO_A).username());
        ApiClient secretariat = api.as(world.secretariat().username());

        focalPoint.post("/api/assignments/" + id + "/acknowledge").expect(200);
        problem(focalPoint.post("/api/assignments/" + id + "/acknowledge"), 409);
        focalPoint.post("/api/assignments/" + id + "/report", json("report", "Xong")).expect(200);
        secretariat.post("/api/assignments/" + id + "/review", json("decision", "ACCEPT")).expect(200);
        JsonNode before = secretariat.get("/api/assignments/" + id).expect(200).path("history");
        problem(secretariat.post("/api/assignments/" + id + "/review", json("decision", "ACCEPT")), 409);

        assertThat(secretariat.get("/api/assignments/" + id).expect(200).path("history")).isEqualTo(before);
        assertThat(actions(before)).containsExactly("ASSIGNED", "ACKNOWLEDGED", "REPORTED", "ACCEPTED");
    }

    @Test
    void twoFocalPointsAcknowledgingAtOnceOverHttpGetOne200AndOne409() throws Exception {
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        ApiClient first = api.as(world.focalPoint(World.SO_A).username());
        ApiClient second = api.as(fixtures.user(world, "dm2", Role.FOCAL_POINT, World.SO_A).username());
        String path = "/api/assignments/" + id + "/acknowledge";

        List<Race.Outcome> outcomes = Race.run(() -> first.post(path), () -> second.post(path));

        assertThat(outcomes).extracting(o -> ((ApiClient.Reply) o.value()).status())
                .containsExactlyInAnyOrder(200, 409);
        outcomes.stream().map(o -> (ApiClient.Reply) o.value()).filter(r -> r.status() == 409)
                .forEach(r -> problem(r, 409));
        assertThat(actions(first.get("/api/assignments/" + id).expect(200).path("history")))
                .containsExactly("ASSIGNED", "ACKNOWLEDGED");
    }

    @Test
    void approvingADraftOrSubmittingAnIssuedConclusionIs409() {
        ApiClient secretariat = api.as(world.secretariat().username());
        ApiClient leader = api.as(world.leader().username());
        long draft = secretariat.post("/api/conclusions", fixtures.draft()).expect(201).path("id").asLong();
        long issued = fixtures.issue(world, fixtures.draft()).id();

        problem(leader.post("/api/conclusions/" + draft + "/approve", json()), 409);
        problem(secretariat.post("/api/conclusions/" + issued + "/submit"), 409);

        assertThat(secretariat.get("/api/conclusions/" + draft).expect(200).path("status").asText()).isEqualTo("DRAFT");
        assertThat(secretariat.get("/api/conclusions/" + issued).expect(200).path("status").asText())
                .isEqualTo("ISSUED");
    }

    @Test
    void aNumberAlreadyUsedIs409AndTheConclusionStillAwaitsApproval() {
        String used = fixtures.issue(world, fixtures.draft()).number();
        long waiting = steps.submitted(world, fixtures.draft()).id();
        ApiClient leader = api.as(world.leader().username());

        problem(leader.post("/api/conclusions/" + waiting + "/approve", json("number", used)), 409);

        JsonNode after = leader.get("/api/conclusions/" + waiting).expect(200);
        assertThat(after.path("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(after.path("directives").get(0).path("assignments")).isEmpty();
    }

    @Test
    void duplicateGovernmentUnitAndUserAre409() {
        ApiClient admin = api.as("admin", "test-admin");
        String code = world.government().code();

        problem(admin.post("/api/admin/governments", json("code", code, "name", "Trùng")), 409);
        problem(admin.post("/api/admin/units", json("governmentCode", code, "code", World.SO_A, "name", "Trùng",
                "kind", "DEPARTMENT", "parentCode", null)), 409);
        problem(admin.post("/api/admin/users", json("username", world.leader().username(), "password", "12345",
                "displayName", "Trùng", "roles", List.of("LEADER"), "governmentCode", code, "unitCode", null,
                "email", null)), 409);

        assertThat(api.as(world.secretariat().username()).get("/api/units").expect(200)).hasSize(3);
        assertThat(api.as(world.leader().username()).get("/api/me").expect(200).path("roles").get(0).asText())
                .isEqualTo("LEADER");
    }

    @Test
    void creatingTheSameUsernameOrUnitTwiceAtOnceIsOne201AndOne409() throws Exception {
        ApiClient admin = api.as("admin", "test-admin");
        String code = world.government().code();
        Object user = json("username", code.toLowerCase() + ".race", "password", "12345", "displayName", "Race",
                "roles", List.of("LEADER"), "governmentCode", code, "unitCode", null, "email", null);
        Object unit = json("governmentCode", code, "code", "SO_RACE", "name", "Sở", "kind", "DEPARTMENT",
                "parentCode", null);

        for (var request : List.of(List.of("/api/admin/users", user), List.of("/api/admin/units", unit))) {
            String path = (String) request.get(0);
            List<Race.Outcome> outcomes = Race.run(() -> admin.post(path, request.get(1)),
                    () -> admin.post(path, request.get(1)));

            List<ApiClient.Reply> replies = outcomes.stream().map(o -> (ApiClient.Reply) o.value()).toList();
            assertThat(replies).extracting(ApiClient.Reply::status).as(path).containsExactlyInAnyOrder(201, 409);
            replies.stream().filter(r -> r.status() == 409).forEach(r -> problem(r, 409));
        }
    }

    private static List<String> actions(JsonNode history) {
        List<String> actions = new ArrayList<>();
        history.forEach(entry -> actions.add(entry.path("action").asText()));
        return actions;
    }
}
