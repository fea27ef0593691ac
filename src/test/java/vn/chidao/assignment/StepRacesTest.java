package vn.chidao.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Role;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Race;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Two people allowed to take the same step of the same assignment send it at the same moment over HTTP, on real
 * threads released together: exactly one gets 200, the other a 409 problem with a readable detail, and the
 * history holds one entry of that step. Where the step has two answers the racers give different ones (accept and
 * return, approve and refuse, urge and criticise), so a loser that slipped through would show. Two secretaries
 * moving the same assignments to different units at once: each assignment moves once, and the other answer lists
 * it under {@code skipped} as {@code OTHER_UNIT} (docs/api.md, "Moving assignments to another unit").
 *
 * <p>Each step is raced on {@code -Dchidao.race.trials} assignments (default {@value #DEFAULT_TRIALS}, for CI);
 * the full contract run is {@code -Dchidao.race.trials=100}.
 */
@ChidaoTest
class StepRacesTest {

    static final int DEFAULT_TRIALS = 10;
    static final int TRIALS = Integer.getInteger("chidao.race.trials", DEFAULT_TRIALS);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ExtensionService extensions;
    @Autowired
    Processes processes;
    @Autowired
    TimeTravel time;

    World world;
    ApiClient api;

    @BeforeEach
    void newWorld() {
        world = fixtures.newWorld();
        api = ApiClient.on(port);
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void twoFocalPointsAcknowledging() throws Exception {
        List<Long> ids = issue(TRIALS, steps.today().minusDays(2), steps.today().plusDays(30));

        race("acknowledge", ids, focalPoint(), null, secondFocalPoint(), null, Set.of("ACKNOWLEDGED"));
    }

    @Test
    void twoFocalPointsReporting() throws Exception {
        List<Long> ids = issue(TRIALS, steps.today().minusDays(2), steps.today().plusDays(30));
        ids.forEach(id -> assignments.acknowledge(world.focalPoint(World.SO_A), id));

        race("report", ids, focalPoint(), json("report", "Báo cáo của đầu mối một"), secondFocalPoint(),
                json("report", "Báo cáo của đầu mối hai"), Set.of("REPORTED"));
    }

    @Test
    void twoSecretariesReviewingOneAcceptingTheOtherReturning() throws Exception {
        List<Long> ids = issue(TRIALS, steps.today().minusDays(2), steps.today().plusDays(30));
        ids.forEach(id -> steps.reported(world, id, World.SO_A));

        race("review", ids, secretariat(), json("decision", "ACCEPT"), secondSecretariat(),
                json("decision", "RETURN", "comment", "Bổ sung số liệu"), Set.of("ACCEPTED", "RETURNED"));
    }

    @Test
    void twoSecretariesDecidingAnExtensionOneApprovingTheOtherRefusing() throws Exception {
        LocalDate deadline = steps.today().plusDays(30);
        List<Long> ids = issue(TRIALS, steps.today().minusDays(2), deadline);
        ids.forEach(id -> extensions.request(world.focalPoint(World.SO_A), id,
                new ExtensionInput(deadline.plusDays(15), "Chờ ý kiến của Bộ")));

        race("extension/decision", ids, secretariat(), json("approve", true), secondSecretariat(),
                json("approve", false, "comment", "Không đủ căn cứ"), Set.of("EXTENSION_APPROVED", "EXTENSION_REFUSED"));
    }

    @Test
    void twoLeadersAnsweringAnOverdueReviewOneUrgingTheOtherCriticising() throws Exception {
        List<Long> ids = issue(TRIALS, steps.today().minusDays(60), steps.today().minusDays(30));
        ids.forEach(this::escalate);
        time.reset();

        race("overdue-review", ids, api.as(world.leader().username()), json("decision", "URGE", "comment", "Khẩn trương"),
                api.as(fixtures.user(world, "ld2", Role.LEADER, null).username()),
                json("decision", "CRITICISE", "comment", "Chậm trễ kéo dài"), Set.of("URGED", "CRITICISED"));
    }

    @Test
    void twoSecretariesMovingTheSameAssignmentsToDifferentUnitsMoveEachOnceAndTheOtherSkipsIt() throws Exception {
        List<Long> ids = issue(2 * TRIALS, steps.today().minusDays(2), steps.today().plusDays(30));
        ApiClient first = secretariat();
        ApiClient second = secondSecretariat();
        long started = System.nanoTime();
        int moved = 0;
        int skipped = 0;

        for (int trial = 0; trial < TRIALS; trial++) {
            List<Long> pair = ids.subList(2 * trial, 2 * trial + 2);
            List<JsonNode> answers = replies(Race.run(
                    () -> first.post("/api/assignments/reassign", reassign(World.SO_B, pair)),
                    () -> second.post("/api/assignments/reassign", reassign(World.HUYEN_A, pair))))
                    .stream().map(r -> r.expect(200)).toList();

            for (long id : pair) {
                List<JsonNode> movers = answers.stream().filter(a -> longs(a.path("moved")).contains(id)).toList();
                assertThat(movers).as("answers that moved %d: %s", id, answers).hasSize(1);
                JsonNode other = answers.get(answers.get(0) == movers.get(0) ? 1 : 0);
                assertThat(skips(other)).as("the other answer %s", other).containsEntry(id, "OTHER_UNIT");
                JsonNode after = secretariat().get("/api/assignments/" + id).expect(200);
                assertThat(after.path("unitCode").asText()).isEqualTo(movers.get(0).path("toUnit").asText());
                assertThat(actions(after)).filteredOn("REASSIGNED"::equals).as("history of %d", id).hasSize(1);
            }
            moved += answers.stream().mapToInt(a -> a.path("moved").size()).sum();
            skipped += answers.stream().mapToInt(a -> a.path("skipped").size()).sum();
        }
        report("reassign (2 assignments a trial, moved / skipped)", TRIALS, moved, skipped, started);
    }

    /**
     * Races the step {@code step} on each assignment, {@code first} and {@code second} sending their bodies at the
     * same moment; the history must then hold exactly one entry among {@code actions}.
     */
    private void race(String step, List<Long> ids, ApiClient first, Object firstBody, ApiClient second,
                      Object secondBody, Set<String> actions) throws Exception {
        long started = System.nanoTime();
        int won = 0;
        int conflicted = 0;
        for (long id : ids) {
            String path = "/api/assignments/" + id + "/" + step;
            List<ApiClient.Reply> replies = replies(Race.run(() -> first.post(path, firstBody),
                    () -> second.post(path, secondBody)));

            assertThat(replies).extracting(ApiClient.Reply::status).as("%s of %d: %s", step, id, replies)
                    .containsExactlyInAnyOrder(200, 409);
            replies.stream().filter(r -> r.status() == 409).forEach(r -> problem(r, 409));
            List<String> history = actions(secretariat().get("/api/assignments/" + id).expect(200));
            assertThat(history).filteredOn(actions::contains).as("history of %d: %s", id, history).hasSize(1);
            won += (int) replies.stream().filter(r -> r.status() == 200).count();
            conflicted += (int) replies.stream().filter(r -> r.status() == 409).count();
        }
        report(step, ids.size(), won, conflicted, started);
    }

    private static List<ApiClient.Reply> replies(List<Race.Outcome> outcomes) {
        List<ApiClient.Reply> replies = new ArrayList<>();
        for (Race.Outcome outcome : outcomes) {
            if (!outcome.succeeded()) {
                throw new AssertionError("A racer's call failed", outcome.error());
            }
            replies.add((ApiClient.Reply) outcome.value());
        }
        return replies;
    }

    private static void report(String step, int trials, int won, int lost, long startedNanos) {
        System.out.printf("Race %s: %d trials, %d won (200 / moved), %d lost (409 / skipped), %d ms%n", step, trials, won, lost,
                (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /** One notice of {@code count} directives, each led by SO_A alone and due on {@code deadline}; their ids. */
    private List<Long> issue(int count, LocalDate meeting, LocalDate deadline) {
        ConclusionDraft draft = new ConclusionDraft(Drafts.COMMITTEE, meeting, "Kết luận phiên họp", IntStream
                .range(0, count).mapToObj(i -> Fixtures.directive("Nhiệm vụ " + (i + 1), World.SO_A, List.of(),
                        deadline)).toList());
        ConclusionDetail issued = fixtures.issue(world, draft);
        return issued.directives().stream().map(d -> d.assignments().get(0).id()).toList();
    }

    /**
     * Runs the assignment's deadline watch, whose timers are all past, as the job executor would: the leaders'
     * overdue review then waits.
     */
    private void escalate(long id) {
        time.runUntil(time.now(), processes.ofAssignment(id));
        assertThat(assignments.get(world.leader(), id).actions()).as("actions of %d", id)
                .contains(AssignmentAction.OVERDUE_REVIEW);
    }

    private Map<String, Object> reassign(String to, List<Long> ids) {
        return json("fromUnit", World.SO_A, "toUnit", to, "reason", "Điều chỉnh chức năng", "assignmentIds", ids);
    }

    private ApiClient focalPoint() {
        return api.as(world.focalPoint(World.SO_A).username());
    }

    private ApiClient secondFocalPoint() {
        return api.as(fixtures.user(world, "dm2", Role.FOCAL_POINT, World.SO_A).username());
    }

    private ApiClient secretariat() {
        return api.as(world.secretariat().username());
    }

    private ApiClient secondSecretariat() {
        return api.as(fixtures.user(world, "vp2", Role.SECRETARIAT, null).username());
    }

    private static List<String> actions(JsonNode assignment) {
        return assignment.path("history").findValuesAsText("action");
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asLong()));
        return values;
    }

    private static Map<Long, String> skips(JsonNode answer) {
        Map<Long, String> skips = new java.util.HashMap<>();
        answer.path("skipped").forEach(s -> skips.put(s.path("id").asLong(), s.path("reason").asText()));
        return skips;
    }
}
