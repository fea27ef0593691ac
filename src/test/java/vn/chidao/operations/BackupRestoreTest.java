package vn.chidao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import vn.chidao.ChidaoApplication;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.notification.NotificationKind;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.PgTools;
import vn.chidao.support.Processes;
import vn.chidao.support.SampleFiles;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The backup and restore of docs/operations.md on the local PostgreSQL: a dump ({@code pg_dump -Fc}) of the running
 * application's database, with a history of done, reviewed, overdue and open assignments and their pending timers,
 * restored ({@code pg_restore}) into a new database on which the application starts as a second node, finds the same
 * register, dashboard figures and timers, and runs on: a timer fires there, and only there.
 */
@ChidaoTest
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*",
        disabledReason = "pg_dump and pg_restore need the PostgreSQL run (-Ppostgres-tests)")
class BackupRestoreTest {

    private static final String RESTORED = "chidao_ops_restored";
    /** Monday; the first directive's deadline of 10 working days is Monday 18/3/2024, reminded on 13/3 at 08:00. */
    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    TimeTravel time;
    @Autowired
    Processes processes;
    @Autowired
    RuntimeService runtime;

    ConfigurableApplicationContext restored;
    PgTools pg;
    Path dump;

    @AfterEach
    void dropTheRestoredDatabase() throws IOException {
        if (restored != null) {
            restored.close();
        }
        if (pg != null) {
            pg.drop(RESTORED);
        }
        if (dump != null) {
            Files.deleteIfExists(dump);
        }
        time.reset();
    }

    @Test
    void aDumpRestoredIntoANewDatabaseHasTheSameRegisterFiguresAndTimersAndRunsOn() throws IOException {
        World world = fixtures.newWorld();
        List<Long> assignments = runningHistory(world);
        Instant now = time.now();
        Recorded before = record(context, port, world, assignments);
        assertThat(before.register().path("items")).extracting(i -> i.path("timeliness").asText())
                .contains("DONE_ON_TIME", "OPEN_OVERDUE", "OPEN_ON_TIME");
        assertThat(before.register().path("items")).extracting(i -> i.path("status").asText())
                .contains("DONE", "AWAITING_REVIEW", "ASSIGNED");
        assertThat(before.timers()).as("pending timers").hasSizeGreaterThanOrEqualTo(3);
        byte[] signed = SampleFiles.pdf("Ban ky so 15/BC");
        long file = ApiClient.on(port).as(world.secretariat().username()).postFiles("/api/assignments/"
                + assignments.get(3) + "/attachments", null, "file", Map.of("ban-ky.pdf", signed)).expect(201)
                .path("id").asLong();

        pg = PgTools.of(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
        dump = Files.createTempFile("chidao-", ".dump");
        pg.dump(pg.database(), dump);
        pg.drop(RESTORED);
        pg.create(RESTORED);
        pg.restore(dump, RESTORED);
        restored = start(pg.url(RESTORED));
        restored.getBean(AppClock.class).travelTo(now);

        Recorded after = record(restored, restored.getEnvironment().getProperty("local.server.port", Integer.class),
                world, assignments);
        assertThat(after.register()).as("register").isEqualTo(before.register());
        assertThat(after.figures()).as("dashboard").isEqualTo(before.figures());
        assertThat(after.timers()).as("pending timers").isEqualTo(before.timers());
        assertThat(after.definitions()).as("deployed processes").isEqualTo(before.definitions());
        assertThat(ApiClient.on(restored.getEnvironment().getProperty("local.server.port", Integer.class))
                .as(world.secretariat().username()).download("/api/attachments/" + file).bytes())
                .as("the attached file, a large object in the dump").isEqualTo(signed);

        long reminded = assignments.get(0);
        TimeTravel restoredTime = restored.getBean(TimeTravel.class);
        ProcessInstance onRestored = restored.getBean(Processes.class).ofAssignment(reminded);
        assertThat(restoredTime.runUntil(ISSUED.plusDays(9), 8, 0, onRestored)).isEqualTo(1);
        assertThat(restoredTime.watchOf(world.focalPoint(World.SO_A)))
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
                    assertThat(n.assignmentId()).isEqualTo(reminded);
                });
        assertThat(time.timers(processes.ofAssignment(reminded))).as("the source's timer, untouched")
                .contains(ISSUED.plusDays(9).atTime(8, 0));
    }

    /**
     * Issued on {@link #ISSUED} at 09:00: one directive open on time with its reminder ahead, one due 6/3 and overdue
     * by 7/3, one done, one reported and awaiting review; the clock then stands at 7/3/2024 09:00.
     */
    private List<Long> runningHistory(World world) {
        time.startAt(ISSUED, 9, 0);
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(1),
                Drafts.inWorkingDays(10, World.SO_A),
                Drafts.due(ISSUED.plusDays(2), World.SO_B),
                Drafts.due(ISSUED.plusDays(25), World.HUYEN_A),
                Drafts.due(ISSUED.plusDays(25), World.SO_A)));
        List<Long> ids = issued.directives().stream().map(d -> d.assignments().get(0).id()).toList();
        steps.done(world, ids.get(2), World.HUYEN_A);
        steps.reported(world, ids.get(3), World.SO_A);
        time.runUntil(TimeTravel.at(ISSUED.plusDays(3), 9, 0), ids.stream()
                .flatMap(id -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                        .list().stream())
                .toArray(ProcessInstance[]::new));
        return ids;
    }

    /** What the register, the dashboard and the engine show of the world, on the node of {@code node}. */
    private static Recorded record(ApplicationContext node, int port, World world, List<Long> assignments) {
        ApiClient api = ApiClient.on(port);
        ApiClient secretariat = api.as(world.secretariat().username());
        ApiClient leader = api.as(world.leader().username());
        JsonNode register = secretariat.get("/api/assignments?size=100").expect(200);
        List<JsonNode> figures = List.of(leader.get("/api/dashboard/summary").expect(200),
                leader.get("/api/dashboard/heatmap").expect(200), leader.get("/api/dashboard/ranking").expect(200),
                leader.get("/api/dashboard/ageing").expect(200));
        RuntimeService runtime = node.getBean(RuntimeService.class);
        ManagementService management = node.getBean(ManagementService.class);
        List<String> timers = new ArrayList<>();
        for (long id : assignments) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(String.valueOf(id)).list()) {
                for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers()
                        .orderByJobDuedate().asc().list()) {
                    timers.add(id + " " + job.getId() + " " + job.getJobDefinitionId() + " "
                            + job.getDuedate().toInstant() + " retries " + job.getRetries());
                }
            }
        }
        List<String> definitions = node.getBean(RepositoryService.class).createProcessDefinitionQuery()
                .latestVersion().orderByProcessDefinitionKey().asc().list().stream()
                .map(ProcessDefinition::getId).toList();
        return new Recorded(register, figures, timers, definitions);
    }

    /**
     * The restored database as another node of the application would run on it: its own engine name, the job
     * executor off (the test runs the timer), the same profiles.
     */
    private ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(ChidaoApplication.class)
                .profiles(environment.getActiveProfiles())
                .run("--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--camunda.bpm.process-engine-name=restored",
                        "--camunda.bpm.job-execution.enabled=false");
    }

    private record Recorded(JsonNode register, List<JsonNode> figures, List<String> timers,
                            List<String> definitions) {
    }
}
