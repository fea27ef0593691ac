package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Over HTTP: {@code POST /api/assignments/reassign}. A notice with directive 1 led by SO_A with HUYEN_A
 * coordinating and directive 2 led by HUYEN_A alone.
 */
@ChidaoTest
class ReassignApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    World world;
    ApiClient secretariat;
    long leadSoA;
    long coordinatingHuyenA;
    long leadHuyenA;

    @BeforeEach
    void aNotice() {
        world = fixtures.newWorld();
        LocalDate today = LocalDate.now(vn.chidao.base.time.Dates.ZONE);
        ConclusionDetail notice = fixtures.issue(world, Drafts.conclusion(today.minusDays(1),
                Drafts.due(today.plusDays(30), World.SO_A, World.HUYEN_A), Drafts.due(today.plusDays(40), World.HUYEN_A)));
        leadSoA = notice.directives().get(0).assignments().stream().filter(a -> a.unitCode().equals(World.SO_A))
                .findFirst().orElseThrow().id();
        coordinatingHuyenA = notice.directives().get(0).assignments().stream()
                .filter(a -> a.unitCode().equals(World.HUYEN_A)).findFirst().orElseThrow().id();
        leadHuyenA = notice.directives().get(1).assignments().get(0).id();
        secretariat = ApiClient.on(port).as(world.secretariat().username());
    }

    @Test
    void theSecretariatMovesAUnitsOpenAssignmentsAndLearnsWhatWasSkipped() {
        JsonNode result = secretariat.post("/api/assignments/reassign", json("fromUnit", World.HUYEN_A,
                "toUnit", World.SO_A, "reason", "Huyện A sáp nhập")).expect(200);

        assertThat(result.path("fromUnit").asText()).isEqualTo(World.HUYEN_A);
        assertThat(result.path("toUnit").asText()).isEqualTo(World.SO_A);
        assertThat(result.path("moved")).extracting(JsonNode::asLong).containsExactly(leadHuyenA);
        assertThat(result.path("skipped").get(0).path("id").asLong()).isEqualTo(coordinatingHuyenA);
        assertThat(result.path("skipped").get(0).path("reason").asText()).isEqualTo("ALREADY_ASSIGNED");
        JsonNode moved = secretariat.get("/api/assignments/" + leadHuyenA).expect(200);
        assertThat(moved.path("unitCode").asText()).isEqualTo(World.SO_A);
        JsonNode last = moved.path("history").get(moved.path("history").size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("REASSIGNED");
        assertThat(last.path("comment").asText()).isEqualTo("HUYEN_A → SO_A · Huyện A sáp nhập");
        assertThat(ApiClient.on(port).as(world.focalPoint(World.SO_A).username()).get("/api/tasks").expect(200))
                .extracting(t -> t.path("assignmentId").asLong()).contains(leadHuyenA);
    }

    @Test
    void withoutAReasonItIs400OnTheReasonField() {
        assertThat(invalidFields(secretariat.post("/api/assignments/reassign",
                json("fromUnit", World.HUYEN_A, "toUnit", World.SO_A, "reason", " ")))).containsExactly("reason");
        assertThat(invalidFields(secretariat.post("/api/assignments/reassign",
                json("fromUnit", World.HUYEN_A, "toUnit", "SO_X", "reason", "x")))).containsExactly("toUnit");
        assertThat(secretariat.get("/api/assignments/" + leadHuyenA).expect(200).path("unitCode").asText())
                .isEqualTo(World.HUYEN_A);
    }

    @Test
    void anyoneButTheSecretariatGets403() {
        for (String user : List.of(world.leader().username(), world.focalPoint(World.HUYEN_A).username())) {
            problem(ApiClient.on(port).as(user).post("/api/assignments/reassign",
                    json("fromUnit", World.HUYEN_A, "toUnit", World.SO_A, "reason", "x")), 403);
        }
        assertThat(secretariat.get("/api/assignments/" + leadHuyenA).expect(200).path("unitCode").asText())
                .isEqualTo(World.HUYEN_A);
    }

    @Test
    void oneNamedAssignmentTheNewUnitAlreadyHasIs409() {
        problem(secretariat.post("/api/assignments/reassign", json("fromUnit", World.HUYEN_A, "toUnit", World.SO_A,
                "reason", "x", "assignmentIds", List.of(coordinatingHuyenA))), 409);
        problem(secretariat.post("/api/assignments/reassign", json("fromUnit", World.HUYEN_A, "toUnit", World.SO_A,
                "reason", "x", "assignmentIds", List.of(987_654_321L))), 404);
    }
}
