package vn.chidao.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Not part of the suite (tag "benchmark"): what issuing one conclusion of 40 directives × 3 units (120 assignment
 * instances) costs, against two baselines measured on the same engine in the same run (issue 12, item 1):
 * <ul>
 *   <li><b>no-op models</b>: the same two BPMN models, deployed under other keys with every delegate and listener a
 *   no-op (the assignment's start listener only sets the variables the model reads, as constants; the timers' dates
 *   are still worked out by {@code assignmentDeadlines}, part of the model's design). Chidao ÷ this is what our own
 *   code adds (target ≤ 1.3×);</li>
 *   <li><b>bare engine</b>: 120 instances of a one-user-task process started by one multi-instance call activity.
 *   Chidao ÷ this is what the models' design costs on top of the engine.</li>
 * </ul>
 * The measures interleave round by round, so a noisy moment of the machine hits all three. Prints a table and writes
 * {@code target/benchmarks/issuing.json}. Run it with {@code ./mvnw -B -Pbenchmark test -Dtest=IssuingBenchmark}
 * (add {@code -Ppostgres-tests} and {@code CHIDAO_DB_URL} for PostgreSQL); {@code -Dchidao.bench.rounds} (default 15).
 */
@ChidaoTest
@Tag("benchmark")
class IssuingBenchmark {

    private static final int DIRECTIVES = 40;
    private static final int PER_DIRECTIVE = 3;
    private static final int ASSIGNMENTS = DIRECTIVES * PER_DIRECTIVE;
    private static final int WARM_UP = 3;
    private static final String NOOP_ISSUANCE = "bench-noop-conclusion-issuance";
    private static final String NOOP_ASSIGNMENT = "bench-noop-directive-assignment";
    private static final String BARE_PARENT = "bench-bare-parent";
    private static final String BARE_TASK = "bench-bare-task";

    @Autowired
    Fixtures fixtures;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printWhatIssuingCostsAgainstTheNoOpModelsAndTheBareEngine() throws IOException {
        int rounds = Integer.getInteger("chidao.bench.rounds", 15);
        deployBaselines();
        World world = fixtures.newWorld();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        times.put("chidao", new ArrayList<>());
        times.put("noop", new ArrayList<>());
        times.put("bare", new ArrayList<>());
        long chidaoStart = 0;
        double chidaoTotal = 0;
        for (int round = 0; round < WARM_UP + rounds; round++) {
            long draft = submittedDraft(world, round);
            double chidao = millis(() -> conclusions.approve(world.leader(), draft, null));
            double noop = noOpIssuance(world.government().id());
            double bare = bareInstances();
            if (round >= WARM_UP) {
                times.get("chidao").add(chidao);
                times.get("noop").add(noop);
                times.get("bare").add(bare);
                chidaoTotal += chidao;
            }
            assertThat(jdbc.queryForObject("select count(*) from assignment where conclusion_id = ?", Long.class,
                    draft)).as("every assignment of the approved conclusion").isEqualTo(ASSIGNMENTS);
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NOOP_ASSIGNMENT).count())
                .as("the no-op model started its instances").isEqualTo((long) ASSIGNMENTS * (WARM_UP + rounds));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("database", jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
        report.put("assignmentsPerConclusion", ASSIGNMENTS);
        report.put("rounds", rounds);
        System.out.printf("%nIssuing one conclusion of %d directives × %d units (%d instances), %d rounds on %s%n",
                DIRECTIVES, PER_DIRECTIVE, ASSIGNMENTS, rounds, report.get("database"));
        System.out.printf("%-34s %10s %10s %14s%n", "measure", "p50 ms", "p95 ms", "assignments/s");
        for (Map.Entry<String, List<Double>> measure : times.entrySet()) {
            double p50 = percentile(measure.getValue(), 50);
            double p95 = percentile(measure.getValue(), 95);
            System.out.printf("%-34s %10.1f %10.1f %14.0f%n", label(measure.getKey()), p50, p95,
                    ASSIGNMENTS * 1000 / p50);
            report.put(measure.getKey(), Map.of("p50Ms", p50, "p95Ms", p95, "assignmentsPerSecond",
                    ASSIGNMENTS * 1000 / p50));
        }
        double overNoop = percentile(times.get("chidao"), 50) / percentile(times.get("noop"), 50);
        double overBare = percentile(times.get("chidao"), 50) / percentile(times.get("bare"), 50);
        double sustained = ASSIGNMENTS * rounds * 1000 / chidaoTotal;
        System.out.printf("Chidao ÷ no-op models: %.2f× (target ≤ 1.3×)%n", overNoop);
        System.out.printf("Chidao ÷ bare engine:  %.2f×%n", overBare);
        System.out.printf("Sustained, approvals one after another: %.0f assignments/s (target ≥ 400 on PostgreSQL)%n",
                sustained);
        report.put("chidaoOverNoop", overNoop);
        report.put("chidaoOverBare", overBare);
        report.put("sustainedAssignmentsPerSecond", sustained);
        Path out = Path.of("target", "benchmarks", "issuing.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report), StandardCharsets.UTF_8);
        assertThat(overNoop).as("a ratio was measured").isPositive();
    }

    /** A submitted draft of 40 directives, each led by SO_A with SO_B and HUYEN_A coordinating. */
    private long submittedDraft(World world, int round) {
        LocalDate meeting = LocalDate.now().minusDays(1);
        List<DirectiveDraft> directives = new ArrayList<>();
        for (int d = 0; d < DIRECTIVES; d++) {
            directives.add(Drafts.due(meeting.plusDays(30 + d), World.SO_A, World.SO_B, World.HUYEN_A));
        }
        ConclusionDraft draft = new ConclusionDraft(Drafts.COMMITTEE, meeting, "Phiên họp " + round, directives);
        ConclusionDetail created = conclusions.create(world.secretariat(), draft);
        conclusions.submit(world.secretariat(), created.id());
        return created.id();
    }

    /** Starts the no-op issuance up to its approval task, then times the approval. */
    private double noOpIssuance(long governmentId) {
        String instance = runtime.startProcessInstanceByKey(NOOP_ISSUANCE, Map.of("governmentId", governmentId,
                "conclusionId", 0L)).getId();
        String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        return millis(() -> tasks.complete(task, Map.of("approved", true)));
    }

    private double bareInstances() {
        List<Long> ids = LongStream.rangeClosed(1, ASSIGNMENTS).boxed().toList();
        return millis(() -> runtime.startProcessInstanceByKey(BARE_PARENT, Map.of("ids", ids)));
    }

    /** The two models under other keys with every delegate a no-op, and the bare one-user-task process. */
    private void deployBaselines() throws IOException {
        String issuance = noOp(Files.readString(Path.of("processes", "conclusion-issuance.bpmn"))
                .replace("id=\"conclusion-issuance\"", "id=\"" + NOOP_ISSUANCE + "\"")
                .replace("calledElement=\"directive-assignment\"", "calledElement=\"" + NOOP_ASSIGNMENT + "\"")
                .replace("${createAssignmentsDelegate}", "${benchNoopAssignmentIds}"));
        String assignment = noOp(Files.readString(Path.of("processes", "directive-assignment.bpmn"))
                .replace("id=\"directive-assignment\"", "id=\"" + NOOP_ASSIGNMENT + "\"")
                .replace("${assignmentStartedListener}", "${benchNoopStartVariables}"));
        BpmnModelInstance bareTask = Bpmn.createExecutableProcess(BARE_TASK).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Bare").camundaCandidateGroups("unit:1").endEvent().done();
        BpmnModelInstance bareParent = Bpmn.createExecutableProcess(BARE_PARENT).camundaHistoryTimeToLive(1)
                .startEvent().callActivity("CallActivity_Bare").calledElement(BARE_TASK).camundaIn("id", "assignmentId")
                .multiInstance().camundaCollection("${ids}").camundaElementVariable("id").multiInstanceDone()
                .endEvent().done();
        repository.createDeployment().name("issuing-benchmark")
                .addString(NOOP_ISSUANCE + ".bpmn", issuance).addString(NOOP_ASSIGNMENT + ".bpmn", assignment)
                .addModelInstance(BARE_TASK + ".bpmn", bareTask).addModelInstance(BARE_PARENT + ".bpmn", bareParent)
                .deploy();
    }

    /** Every other delegate and listener of a model replaced by the no-op bean. */
    private static String noOp(String xml) {
        return xml.replaceAll("delegateExpression=\"\\$\\{(?!bench)[A-Za-z]+}\"",
                "delegateExpression=\"\\${benchNoop}\"");
    }

    private static String label(String measure) {
        return switch (measure) {
            case "chidao" -> "Chidao (approve through the service)";
            case "noop" -> "same models, no-op delegates";
            default -> "bare engine (120 one-task instances)";
        };
    }

    private static double millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** The no-op delegates: what the models run when our own code does nothing. */
    @TestConfiguration
    static class NoOpDelegates {

        /** Any delegate or listener: does nothing. */
        @Bean
        Object benchNoop() {
            return new NoOp();
        }

        /** {@code Task_CreateAssignments}: only the ids the multi-instance call activity reads. */
        @Bean
        JavaDelegate benchNoopAssignmentIds() {
            return execution -> execution.setVariable("assignmentIds", Variables.untypedValue(
                    LongStream.rangeClosed(1, ASSIGNMENTS).boxed().toList(), true));
        }

        /** The assignment's start listener: only the variables the model reads, as constants. */
        @Bean
        ExecutionListener benchNoopStartVariables() {
            return execution -> {
                execution.setVariable(DirectiveAssignmentProcess.VAR_UNIT_ID, 1L);
                execution.setVariable(DirectiveAssignmentProcess.VAR_GOVERNMENT_ID, 1L);
                long id = (Long) execution.getVariable(DirectiveAssignmentProcess.VAR_ASSIGNMENT_ID);
                // As issued: each directive's first unit leads, the other two coordinate.
                execution.setVariable(DirectiveAssignmentProcess.VAR_ROLE, id % PER_DIRECTIVE == 1 ? "LEAD" : "COORDINATE");
                execution.setVariable(DirectiveAssignmentProcess.VAR_LEADER_SIGN_OFF, false);
                execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDER_DAYS, 3);
                execution.setVariable(DirectiveAssignmentProcess.VAR_EXTENSION_DECIDERS, "secretariat:1");
                execution.setVariable(DirectiveAssignmentProcess.VAR_ONGOING, false);
                execution.setVariable(DirectiveAssignmentProcess.VAR_REPORT_EVERY, DirectiveDraft.DEFAULT_REPORT_EVERY);
                execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDED_BEFORE, false);
                execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDED_ON_DAY, false);
                ProcessDeadline.setVariables(execution, LocalDate.now().plusDays(30));
            };
        }
    }

    static final class NoOp implements JavaDelegate, ExecutionListener, TaskListener {

        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }
    }
}
