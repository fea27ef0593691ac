package vn.chidao.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.Role;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.extension.ExtensionDecision;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Race;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** Two people acting at the same moment, on real threads released together: one wins, or both when they may. */
@ChidaoTest
class ConcurrentActionsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ExtensionService extensions;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    @Test
    void twoFocalPointsAcknowledgingTheSameAssignmentAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        World world = fixtures.newWorld();
        Actor first = world.focalPoint(World.SO_A);
        Actor second = fixtures.user(world, "dm2", Role.FOCAL_POINT, World.SO_A);
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);

        List<Race.Outcome> outcomes = Race.run(() -> assignments.acknowledge(first, id),
                () -> assignments.acknowledge(second, id));

        assertOneWonAndOneConflicted(outcomes);
        AssignmentDetail after = assignments.get(world.secretariat(), id);
        assertThat(after.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(after.history()).filteredOn(e -> e.action().equals("ACKNOWLEDGED")).hasSize(1);
        String instance = processes.ofAssignment(id).getId();
        assertThat(tasks.createTaskQuery().processInstanceId(instance).list())
                .extracting(t -> t.getTaskDefinitionKey()).containsExactly(DirectiveAssignmentProcess.TASK_REPORT);
    }

    @Test
    void twoSecretariatMembersAcceptingTheSameReportAtOnceOneWins() throws Exception {
        World world = fixtures.newWorld();
        Actor other = fixtures.user(world, "vp2", Role.SECRETARIAT, null);
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        steps.reported(world, id, World.SO_A);
        ProcessInstance process = processes.ofAssignment(id);

        List<Race.Outcome> outcomes = Race.run(() -> assignments.review(world.secretariat(), id, Steps.accept()),
                () -> assignments.review(other, id, Steps.accept()));

        assertOneWonAndOneConflicted(outcomes);
        AssignmentDetail after = assignments.get(world.secretariat(), id);
        assertThat(after.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(after.history()).filteredOn(e -> e.action().equals("ACCEPTED")).hasSize(1);
        BpmnAwareTests.assertThat(process).isEnded();
    }

    @Test
    void twoAssignmentsOfOneConclusionAcceptedAtTheSameMomentBothSucceed() throws Exception {
        World world = fixtures.newWorld();
        Actor other = fixtures.user(world, "vp2", Role.SECRETARIAT, null);
        LocalDate today = steps.today();
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(today,
                Drafts.due(today.plusDays(30), World.SO_A), Drafts.due(today.plusDays(30), World.HUYEN_A)));
        long soA = Fixtures.assignmentOf(issued, World.SO_A);
        long huyenA = issued.directives().get(1).assignments().get(0).id();
        steps.reported(world, soA, World.SO_A);
        steps.reported(world, huyenA, World.HUYEN_A);
        ProcessInstance parent = processes.ofConclusion(issued.id());

        List<Race.Outcome> outcomes = Race.run(() -> assignments.review(world.secretariat(), soA, Steps.accept()),
                () -> assignments.review(other, huyenA, Steps.accept()));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).as("error of a racer").isNull());
        assertThat(assignments.get(world.secretariat(), soA).status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(assignments.get(world.secretariat(), huyenA).status()).isEqualTo(AssignmentStatus.DONE);
        List<Job> continuations = processes.jobsOf(parent);
        assertThat(continuations).hasSize(2);
        BpmnAwareTests.assertThat(parent).isNotEnded();
        continuations.forEach(BpmnAwareTests::execute);
        BpmnAwareTests.assertThat(parent).isEnded().hasPassed("EndEvent_AllDirectivesDone");
        assertThat(processes.jobsOf(parent)).isEmpty();
    }

    @Test
    void twoFocalPointsAskingForAnExtensionAtOnceMakeOneRequestAndTwoDecidersOneDecision() throws Exception {
        World world = fixtures.newWorld();
        Actor first = world.focalPoint(World.SO_A);
        Actor second = fixtures.user(world, "dm2", Role.FOCAL_POINT, World.SO_A);
        Actor otherSecretary = fixtures.user(world, "vp2", Role.SECRETARIAT, null);
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        LocalDate later = assignments.get(first, id).deadline().plusDays(10);

        assertOneWonAndOneConflicted(Race.run(
                () -> extensions.request(first, id, new ExtensionInput(later, "Lý do một")),
                () -> extensions.request(second, id, new ExtensionInput(later.plusDays(1), "Lý do hai"))));
        assertOneWonAndOneConflicted(Race.run(
                () -> extensions.decide(world.secretariat(), id, new ExtensionDecision(true, null)),
                () -> extensions.decide(otherSecretary, id, new ExtensionDecision(false, "Không"))));

        AssignmentDetail after = assignments.get(world.secretariat(), id);
        assertThat(after.extensions()).singleElement().satisfies(e -> assertThat(e.status()).isNotEqualTo(
                ExtensionStatus.PENDING));
        assertThat(after.history()).filteredOn(e -> e.action().startsWith("EXTENSION_")).extracting("action")
                .hasSize(2).startsWith("EXTENSION_REQUESTED");
        assertThat(tasks.createTaskQuery().processInstanceId(processes.ofAssignment(id).getId())
                .taskDefinitionKey(DirectiveAssignmentProcess.TASK_DECIDE_EXTENSION).count()).isZero();
    }

    private static void assertOneWonAndOneConflicted(List<Race.Outcome> outcomes) {
        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
                .satisfies(o -> assertThat(o.error()).isInstanceOf(ConflictException.class));
    }
}
