package vn.chidao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChildNode;
import vn.chidao.support.Installation;
import vn.chidao.support.PgTools;

/**
 * A node approving large conclusions (40 directives × 3 units: 120 assignment processes in one approval) is killed
 * with SIGKILL at a random moment of the approval, then started again on the same database: no conclusion is ever
 * half-issued (it is either ISSUED with all 120 assignments, each with its running process, or still AWAITING_APPROVAL
 * with none, and then approves normally), and the reminders pending on every issued assignment still fire, exactly once
 * each, when the clock reaches them.
 *
 * <p>The node is a JVM of its own ({@link ChildNode}) so that it can be killed outright, on a database of its own on
 * the run's PostgreSQL server (created and dropped here). The kill moments are drawn from a seeded random: the seed is
 * printed, {@code -Dchidao.crash.seed=} replays a run. {@code -Dchidao.crash.trials=} sets the number of kills: 3 in the
 * suite (CI), 20 in {@link ApprovalCrashBenchmark} ({@code ./mvnw -Pbenchmark,postgres-tests test}).
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*",
        disabledReason = "kills a node running on PostgreSQL: the PostgreSQL run (-Ppostgres-tests)")
class ApprovalCrashTest {

    private static final Logger log = LoggerFactory.getLogger(ApprovalCrashTest.class);
    private static final int DIRECTIVES = 40;
    private static final int UNITS_PER_DIRECTIVE = 3;
    private static final int ASSIGNMENTS = DIRECTIVES * UNITS_PER_DIRECTIVE;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private PgTools pg;
    private String database;
    private ChildNode node;

    /** How many kills; the benchmark's full size overrides it. */
    int trials() {
        return Integer.getInteger("chidao.crash.trials", 3);
    }

    @AfterEach
    void dropTheDatabase() {
        if (node != null) {
            node.kill();
        }
        if (pg != null) {
            pg.drop(database);
        }
    }

    @Test
    void aNodeKilledWhileApprovingLeavesEveryConclusionWholeOrUntouchedAndItsTimersFire() throws Exception {
        long seed = Long.getLong("chidao.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        log.info("Crash test: {} trials, seed {} (-Dchidao.crash.seed={} replays it)", trials(), seed, seed);
        long started = System.nanoTime();
        pg = PgTools.of(System.getenv().getOrDefault("CHIDAO_DB_URL", "jdbc:postgresql://127.0.0.1:5432/chidao_test"),
                "postgres", System.getenv("CHIDAO_DB_PASSWORD"));
        database = "chidao_crash_" + UUID.randomUUID().toString().substring(0, 8);
        pg.create(database);
        node = ChildNode.on(pg.url(database), "crash");
        Duration firstStart = node.start();
        Installation province = Installation.create(node.port(), "CR", 6);

        // An approval run to the end first: how long one takes here, the range the kill moments are drawn from.
        long warmUp = province.submitted("Kết luận mở đầu", DIRECTIVES, 10);
        long before = System.nanoTime();
        province.approve(warmUp).expect(200);
        long approvalMillis = Duration.ofNanos(System.nanoTime() - before).toMillis();
        assertWhole(warmUp);

        List<String> outcomes = new ArrayList<>();
        List<Long> restarts = new ArrayList<>();
        for (int trial = 1; trial <= trials(); trial++) {
            long conclusion = province.submitted("Kết luận số " + trial, DIRECTIVES, 10);
            long killAfter = random.nextLong(approvalMillis * 3 / 2 + 1);
            CompletableFuture<ApiClient.Reply> approval = CompletableFuture.supplyAsync(() -> province.approve(conclusion));
            Thread.sleep(killAfter);
            node.kill();
            int answered = approval.handle((reply, failure) -> reply == null ? 0 : reply.status()).join();
            Duration restart = node.start();
            restarts.add(restart.toMillis());
            String status = status(conclusion);
            outcomes.add("trial " + trial + ": killed after " + killAfter + " ms, answered " + answered + ", "
                    + status + ", restarted in " + restart.toMillis() + " ms");
            log.info("Crash test {}", outcomes.get(outcomes.size() - 1));
            if (status.equals("AWAITING_APPROVAL")) {
                assertThat(assignments(conclusion)).as("assignments of %s, not issued", conclusion).isZero();
                assertThat(answered).as("a reply before the kill to an approval that did not happen").isNotEqualTo(200);
                province.approve(conclusion).expect(200);
            } else {
                assertThat(status).as("conclusion %s after the kill", conclusion).isEqualTo("ISSUED");
            }
            assertWhole(conclusion);
        }

        // Every issued assignment's first reminder is pending: move the clock past the last of them.
        Instant lastReminder = lastPendingReminder();
        long moving = System.nanoTime();
        var moved = province.moveClock(lastReminder.plusSeconds(60).atZone(VIETNAM).toOffsetDateTime().toString())
                .expect(200);
        log.info("Crash test: the clock move ran {} jobs in {} ms", moved.path("jobsExecuted").asInt(),
                Duration.ofNanos(System.nanoTime() - moving).toMillis());
        assertThat(moved.path("jobsFailed").asInt()).as("jobs that failed").isZero();
        assertThat(pendingReminders()).as("reminders still pending after the clock passed them").isZero();
        assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
        assertThat(count("""
                select count(*) from assignment a join conclusion c on c.id = a.conclusion_id
                where c.status = 'ISSUED' and not exists (select 1 from notification n
                    where n.assignment_id = a.id and n.kind = 'REMINDER')""")).as("assignments never reminded").isZero();
        // A lead unit's first reminder is its only REMINDER by then (a coordinating unit's deadline, three working
        // days before the lead's, has its own reminder on its day): one each, not one per node start.
        assertThat(count("""
                select count(*) from assignment a join conclusion c on c.id = a.conclusion_id
                where c.status = 'ISSUED' and a.role = 'LEAD' and (select count(*) from notification n
                    where n.assignment_id = a.id and n.kind = 'REMINDER') <> 1""")).as("lead units not reminded once")
                .isZero();

        log.info("Crash test: {} trials (seed {}) in {} s; first start {} ms, one approval of {} assignments {} ms, "
                        + "restarts {} ms; {}", trials(), seed, Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                firstStart.toMillis(), ASSIGNMENTS, approvalMillis, restarts, outcomes);
    }

    /** Issued with all its assignments, each with its running process (business key the assignment's id). */
    private void assertWhole(long conclusion) throws SQLException {
        assertThat(status(conclusion)).isEqualTo("ISSUED");
        assertThat(assignments(conclusion)).as("assignments of %s", conclusion).isEqualTo(ASSIGNMENTS);
        assertThat(count("""
                select count(*) from assignment a join act_ru_execution e
                    on e.proc_inst_id_ = a.process_instance_id and e.id_ = e.proc_inst_id_
                    and e.business_key_ = cast(a.id as varchar)
                where a.conclusion_id = ?""", conclusion)).as("running processes of %s", conclusion)
                .isEqualTo(ASSIGNMENTS);
    }

    private String status(long conclusion) throws SQLException {
        try (Connection connection = connect();
             var query = connection.prepareStatement("select status from conclusion where id = ?")) {
            query.setLong(1, conclusion);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).as("conclusion %s", conclusion).isTrue();
                return rows.getString(1);
            }
        }
    }

    private long assignments(long conclusion) throws SQLException {
        return count("select count(*) from assignment where conclusion_id = ?", conclusion);
    }

    private static final String PENDING_REMINDERS = """
            from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
            where d.act_id_ = 'Timer_ReminderBefore'""";

    private long pendingReminders() throws SQLException {
        return count("select count(*) " + PENDING_REMINDERS);
    }

    private Instant lastPendingReminder() throws SQLException {
        try (Connection connection = connect();
             var rows = connection.createStatement().executeQuery("select max(j.duedate_) " + PENDING_REMINDERS)) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(pg.url(database), "postgres", System.getenv("CHIDAO_DB_PASSWORD"));
    }
}
