package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * {@code GET /api/assignments/{id}/process} as a client sees it: the model's XML, where the process stands and
 * the way it came; 404 for another unit's, as for an unknown assignment. Issued Monday 4/3/2024.
 */
@ChidaoTest
class ProcessViewApiTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;

    World world;
    ApiClient soA;
    long id;

    @BeforeEach
    void issue() {
        world = fixtures.newWorld();
        soA = ApiClient.on(port).as(world.focalPoint(World.SO_A).username());
        time.startAt(ISSUED, 9, 0);
        id = Fixtures.assignmentOf(fixtures.issue(world,
                Drafts.conclusion(ISSUED.minusDays(3), Drafts.inWorkingDays(10, World.SO_A, World.SO_B))), World.SO_A);
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void afterAcknowledgingTheReportIsCurrentAndTheAcknowledgementAndItsFlowArePassed() {
        soA.post("/api/assignments/" + id + "/acknowledge").expect(200);

        JsonNode view = soA.get("/api/assignments/" + id + "/process").expect(200);

        assertThat(texts(view.path("current"))).containsExactly("Task_SubmitReport");
        assertThat(texts(view.path("currentNames"))).containsExactly("Thực hiện và báo cáo kết quả");
        assertThat(texts(view.path("waiting"))).containsExactly("Timer_ReminderBefore");
        assertThat(texts(view.path("passed"))).contains("Task_Acknowledge").doesNotContain("Task_SubmitReport");
        assertThat(texts(view.path("passedFlows"))).contains("Flow_ToAcknowledge", "Flow_ToRole", "Flow_Lead");
        assertThat(view.path("xml").asText()).startsWith("<?xml").contains("id=\"Task_Acknowledge\"");
        assertThat(view.path("version").asInt()).isPositive();
        assertThat(view.path("definitionId").asText()).startsWith("directive-assignment:");
    }

    @Test
    void anotherUnitsFocalPointIsRefusedAndAnUnknownAssignmentIsNotFound() {
        ApiClient soB = ApiClient.on(port).as(world.focalPoint(World.SO_B).username());

        problem(soB.get("/api/assignments/" + id + "/process"), 404);
        problem(soA.get("/api/assignments/999999999/process"), 404);
        problem(ApiClient.on(port).get("/api/assignments/" + id + "/process"), 401);
        ApiClient.on(port).as(world.secretariat().username()).get("/api/assignments/" + id + "/process").expect(200);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
