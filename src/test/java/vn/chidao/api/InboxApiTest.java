package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.invalidFields;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * {@code GET /api/tasks} with the inbox's filters: {@code filter=OVERDUE|DUE_THIS_WEEK|AWAITING_REPORT|RETURNED}
 * and {@code text=}, each task with its reminder window and urgency; 400 for an unknown filter or over-long words.
 * Looked at on Wednesday 6/3/2024.
 */
@ChidaoTest
class InboxApiTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 6);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;

    World world;
    ApiClient soA;
    ApiClient secretariat;

    @BeforeEach
    void tasksOfEveryUrgency() {
        world = fixtures.newWorld();
        soA = ApiClient.on(port).as(world.focalPoint(World.SO_A).username());
        secretariat = ApiClient.on(port).as(world.secretariat().username());
        time.startAt(WEDNESDAY, 9, 0);
        issue("Rà soát hạ tầng số", WEDNESDAY.minusDays(1));
        issue("Lập danh mục dữ liệu mở", LocalDate.of(2024, 3, 8));
        issue("Xây dựng kế hoạch chuyển đổi số", LocalDate.of(2024, 4, 30));
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void theQuickFiltersAndTheSearchNarrowTheTasks() {
        assertThat(contents(soA.get("/api/tasks").expect(200))).hasSize(3);
        JsonNode overdue = soA.get("/api/tasks?filter=OVERDUE").expect(200);
        assertThat(contents(overdue)).containsExactly("Rà soát hạ tầng số");
        assertThat(overdue.get(0).path("urgency").asText()).isEqualTo("OVERDUE");
        assertThat(overdue.get(0).path("reminderDays").asInt()).isEqualTo(3);
        assertThat(contents(soA.get("/api/tasks?filter=DUE_THIS_WEEK").expect(200)))
                .containsExactly("Lập danh mục dữ liệu mở");
        assertThat(contents(soA.get("/api/tasks?filter=AWAITING_REPORT").expect(200))).isEmpty();
        assertThat(contents(soA.get("/api/tasks?filter=RETURNED").expect(200))).isEmpty();
        assertThat(contents(soA.get("/api/tasks?text=KẾ HOẠCH").expect(200)))
                .containsExactly("Xây dựng kế hoạch chuyển đổi số");
        assertThat(contents(soA.get("/api/tasks?filter=OVERDUE&text=kế hoạch").expect(200))).isEmpty();
        assertThat(contents(soA.get("/api/tasks?kind=REPORT&filter=OVERDUE").expect(200))).isEmpty();
        assertThat(contents(secretariat.get("/api/tasks?filter=OVERDUE").expect(200))).isEmpty();
    }

    @Test
    void anUnknownFilterOrOverLongWordsAreRefused() {
        assertThat(invalidFields(soA.get("/api/tasks?filter=LATE"))).containsExactly("filter");
        assertThat(invalidFields(soA.get("/api/tasks?text=" + "x".repeat(201)))).containsExactly("text");
    }

    @Test
    void eachTaskSaysTheUnitsRoleAndWhetherItsReportCameBack() {
        ConclusionDetail shared = fixtures.issue(world, Drafts.conclusion(WEDNESDAY.minusDays(3),
                new DirectiveDraft("Triển khai nền tảng dùng chung", World.SO_B, List.of(World.SO_A),
                        LocalDate.of(2024, 4, 30), false, false)));
        long lead = Fixtures.assignmentOf(shared, World.SO_B);
        ApiClient soB = ApiClient.on(port).as(world.focalPoint(World.SO_B).username());
        JsonNode coordinating = task(soA.get("/api/tasks").expect(200), "Triển khai nền tảng dùng chung");
        assertThat(coordinating.path("role").asText()).isEqualTo("COORDINATE");
        assertThat(coordinating.path("returned").asBoolean()).isFalse();

        soB.post("/api/assignments/" + lead + "/acknowledge").expect(200);
        JsonNode report = task(soB.get("/api/tasks").expect(200), "Triển khai nền tảng dùng chung");
        assertThat(report.path("role").asText()).isEqualTo("LEAD");
        assertThat(report.path("kind").asText()).isEqualTo("REPORT");
        assertThat(report.path("returned").asBoolean()).isFalse();
        soB.post("/api/assignments/" + lead + "/report", ApiClient.json("report", "Đã triển khai")).expect(200);
        secretariat.post("/api/assignments/" + lead + "/review",
                ApiClient.json("decision", "RETURN", "comment", "Thiếu số liệu")).expect(200);

        JsonNode returned = task(soB.get("/api/tasks").expect(200), "Triển khai nền tảng dùng chung");
        assertThat(returned.path("kind").asText()).isEqualTo("REPORT");
        assertThat(returned.path("returned").asBoolean()).isTrue();
        assertThat(task(soB.get("/api/tasks?filter=RETURNED").expect(200), "Triển khai nền tảng dùng chung")
                .path("returned").asBoolean()).isTrue();
    }

    private void issue(String content, LocalDate deadline) {
        fixtures.issue(world, Drafts.conclusion(WEDNESDAY.minusDays(3),
                new DirectiveDraft(content, World.SO_A, List.of(), deadline, false, false)));
    }

    private static JsonNode task(JsonNode tasks, String title) {
        for (JsonNode task : tasks) {
            if (task.path("title").asText().equals(title)) {
                return task;
            }
        }
        throw new AssertionError("No task " + title + " in " + tasks);
    }

    private static List<String> contents(JsonNode tasks) {
        List<String> values = new ArrayList<>();
        tasks.forEach(n -> values.add(n.path("title").asText()));
        return values;
    }
}
