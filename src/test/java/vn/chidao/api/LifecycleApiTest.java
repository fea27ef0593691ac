package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
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
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Over HTTP, as a client that knows only the contract: extensions, contributions, sign-off, overdue review,
 * cancelling and closing directives, each with its 400 / 403 / 404 / 409. Issued Monday 4/3/2024, due in 10
 * working days (18/3/2024).
 */
@ChidaoTest
class LifecycleApiTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;

    World world;
    ApiClient secretariat;
    ApiClient leader;
    ApiClient soA;
    ApiClient soB;

    @BeforeEach
    void newWorld() {
        world = fixtures.newWorld();
        ApiClient api = ApiClient.on(port);
        secretariat = api.as(world.secretariat().username());
        leader = api.as(world.leader().username());
        soA = api.as(world.focalPoint(World.SO_A).username());
        soB = api.as(world.focalPoint(World.SO_B).username());
        time.startAt(ISSUED, 9, 0);
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void anExtensionIsRequestedByTheUnitAndDecidedByTheSecretariatWithTheOriginalDeadlineKept() {
        long id = leadOf(issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B)));
        String path = "/api/assignments/" + id + "/extension";

        JsonNode missing = problem(soA.post(path, json("newDeadline", null, "reason", " ")), 400);
        assertThat(fields(missing)).containsExactlyInAnyOrder("newDeadline", "reason");
        assertThat(fields(problem(soA.post(path, json("newDeadline", "2024-03-18", "reason", "x")), 400)))
                .containsExactly("newDeadline");
        problem(soB.post(path, json("newDeadline", "2024-03-29", "reason", "x")), 404);
        problem(soA.post("/api/assignments/999999999/extension", json("newDeadline", "2024-03-29", "reason", "x")), 404);

        JsonNode requested = soA.post(path, json("newDeadline", "2024-03-29", "reason", "Chờ số liệu của Bộ")).expect(200);
        assertThat(requested.path("extensions").get(0).path("status").asText()).isEqualTo("PENDING");
        assertThat(texts(requested.path("actions"))).doesNotContain("REQUEST_EXTENSION");
        problem(soA.post(path, json("newDeadline", "2024-03-30", "reason", "lần hai")), 409);
        problem(soA.post(path + "/decision", json("approve", true)), 403);
        assertThat(texts(secretariat.get("/api/tasks").expect(200), "kind")).contains("DECIDE_EXTENSION");
        assertThat(fields(problem(secretariat.post(path + "/decision", json("approve", false)), 400)))
                .containsExactly("comment");

        JsonNode approved = secretariat.post(path + "/decision", json("approve", true, "comment", "Đồng ý")).expect(200);

        assertThat(approved.path("deadline").asText()).isEqualTo("2024-03-29");
        assertThat(approved.path("originalDeadline").asText()).isEqualTo("2024-03-18");
        assertThat(approved.path("extensions").get(0).path("status").asText()).isEqualTo("APPROVED");
        problem(secretariat.post(path + "/decision", json("approve", true)), 409);
        assertThat(texts(soA.get("/api/notifications").expect(200), "kind")).containsExactly("EXTENSION_DECIDED", "TASK_ASSIGNED");
    }

    @Test
    void aCoordinatingUnitContributesAndTheLeadUnitSeesIt() {
        ConclusionDetail issued = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B));
        long lead = leadOf(issued);
        long coordinator = issued.directives().get(0).assignments().stream()
                .filter(a -> a.unitCode().equals(World.SO_B)).findFirst().orElseThrow().id();
        soB.post("/api/assignments/" + coordinator + "/acknowledge").expect(200);

        assertThat(fields(problem(soB.post("/api/assignments/" + coordinator + "/contribution", json("text", "")), 400)))
                .containsExactly("text");
        problem(soA.post("/api/assignments/" + coordinator + "/contribution", json("text", "x")), 404);
        problem(soB.post("/api/assignments/" + coordinator + "/report", json("report", "x")), 409);
        JsonNode sent = soB.post("/api/assignments/" + coordinator + "/contribution",
                json("text", "Đề nghị bổ sung chỉ tiêu")).expect(200);

        assertThat(sent.path("status").asText()).isEqualTo("DONE");
        assertThat(sent.path("deadline").asText()).isEqualTo("2024-03-13");
        JsonNode leadTask = soA.get("/api/assignments/" + lead).expect(200);
        assertThat(leadTask.path("contributions").get(0).path("text").asText()).isEqualTo("Đề nghị bổ sung chỉ tiêu");
        assertThat(leadTask.path("contributions").get(0).path("unitCode").asText()).isEqualTo(World.SO_B);
    }

    @Test
    void aLeaderSignsOffOrReturnsAndOnlyALeaderMay() {
        long id = leadOf(issue(Drafts.signedOff(Drafts.inWorkingDays(10, World.SO_A))));
        soA.post("/api/assignments/" + id + "/acknowledge").expect(200);
        soA.post("/api/assignments/" + id + "/report", json("report", "Xong")).expect(200);
        problem(leader.post("/api/assignments/" + id + "/sign-off", json("decision", "ACCEPT")), 409);
        JsonNode accepted = secretariat.post("/api/assignments/" + id + "/review", json("decision", "ACCEPT")).expect(200);
        assertThat(accepted.path("status").asText()).isEqualTo("AWAITING_SIGN_OFF");

        problem(secretariat.post("/api/assignments/" + id + "/sign-off", json("decision", "ACCEPT")), 403);
        assertThat(fields(problem(leader.post("/api/assignments/" + id + "/sign-off", json("decision", "RETURN")), 400)))
                .containsExactly("comment");
        JsonNode returned = leader.post("/api/assignments/" + id + "/sign-off",
                json("decision", "RETURN", "comment", "Bổ sung số liệu")).expect(200);
        assertThat(returned.path("status").asText()).isEqualTo("IN_PROGRESS");
        soA.post("/api/assignments/" + id + "/report", json("report", "Đã bổ sung")).expect(200);
        secretariat.post("/api/assignments/" + id + "/review", json("decision", "ACCEPT")).expect(200);
        JsonNode done = leader.post("/api/assignments/" + id + "/sign-off", json("decision", "ACCEPT")).expect(200);

        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("timeliness").asText()).isEqualTo("DONE_ON_TIME");
    }

    @Test
    void anOverdueReviewNeedsAnEscalatedAssignmentAndALeader() {
        long id = leadOf(issue(Drafts.inWorkingDays(10, World.SO_A)));
        String path = "/api/assignments/" + id + "/overdue-review";

        problem(leader.post(path, json("decision", "URGE")), 409);
        problem(secretariat.post(path, json("decision", "URGE")), 403);
        assertThat(fields(problem(leader.post(path, json("decision", null)), 400))).containsExactly("decision");
        assertThat(fields(problem(leader.post(path, json("decision", "NEW_DEADLINE")), 400)))
                .containsExactly("newDeadline");
    }

    @Test
    void theSecretariatCancelsADirectiveWithAReasonAndClosesOnlyAnOngoingOne() {
        ConclusionDetail dated = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B));
        long directive = dated.directives().get(0).id();
        long lead = leadOf(dated);

        assertThat(fields(problem(secretariat.post("/api/directives/" + directive + "/cancel", json("reason", "")), 400)))
                .containsExactly("reason");
        problem(soA.post("/api/directives/" + directive + "/cancel", json("reason", "x")), 403);
        problem(secretariat.post("/api/directives/999999999/cancel", json("reason", "x")), 404);
        problem(secretariat.post("/api/directives/" + directive + "/close"), 409);
        JsonNode cancelled = secretariat.post("/api/directives/" + directive + "/cancel",
                json("reason", "Không còn phù hợp")).expect(200);
        assertThat(cancelled.path("directives").get(0).path("cancelled").asBoolean()).isTrue();
        assertThat(soA.get("/api/assignments/" + lead).expect(200).path("status").asText()).isEqualTo("CANCELLED");
        problem(secretariat.post("/api/directives/" + directive + "/cancel", json("reason", "lại")), 409);
        problem(soA.post("/api/assignments/" + lead + "/acknowledge"), 409);

        ConclusionDetail ongoing = issue(Drafts.ongoingEvery("P1M", World.SO_A));
        long ongoingLead = leadOf(ongoing);
        soA.post("/api/assignments/" + ongoingLead + "/acknowledge").expect(200);
        JsonNode periodic = soA.post("/api/assignments/" + ongoingLead + "/report", json("report", "Kỳ 1")).expect(200);
        assertThat(periodic.path("periods").get(0).path("report").asText()).isEqualTo("Kỳ 1");
        assertThat(periodic.path("periods").get(0).path("due").asText()).isEqualTo("2024-04-04");
        assertThat(periodic.path("periods")).hasSize(2);
        secretariat.post("/api/directives/" + ongoing.directives().get(0).id() + "/close",
                json("comment", "Đã đi vào nền nếp")).expect(200);
        JsonNode closed = soA.get("/api/assignments/" + ongoingLead).expect(200);
        assertThat(closed.path("status").asText()).isEqualTo("DONE");
        assertThat(closed.path("timeliness").asText()).isEqualTo("ONGOING");
    }

    private ConclusionDetail issue(vn.chidao.conclusion.DirectiveDraft directive) {
        return fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3), directive));
    }

    private static long leadOf(ConclusionDetail issued) {
        return issued.directives().get(0).assignments().stream().filter(a -> a.role().equals("LEAD"))
                .findFirst().orElseThrow().id();
    }

    private static List<String> fields(JsonNode problem) {
        return texts(problem.path("errors"), "field");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }
}
