package vn.chidao.conclusion;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.chidao.conclusion.ConclusionIssuanceProcess.CALL_ASSIGNMENTS;
import static vn.chidao.conclusion.ConclusionIssuanceProcess.TASK_APPROVE;
import static vn.chidao.conclusion.ConclusionIssuanceProcess.TASK_CREATE_ASSIGNMENTS;
import static vn.chidao.conclusion.ConclusionIssuanceProcess.TASK_ISSUE;
import static vn.chidao.conclusion.ConclusionIssuanceProcess.TASK_REVISE;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** The conclusion-issuance process, driven through ConclusionService as the API and the UI drive it. */
@ChidaoTest
class ConclusionIssuanceProcessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ConclusionService conclusions;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
    }

    @Test
    void aSubmittedDraftWaitsForALeaderOfItsGovernment() {
        World world = fixtures.newWorld();
        ConclusionDetail submitted = steps.submitted(world, fixtures.draft());

        ProcessInstance process = processes.ofConclusion(submitted.id());
        assertThat(process).hasBusinessKey(String.valueOf(submitted.id())).isWaitingAtExactly(TASK_APPROVE);
        assertThat(task(process)).hasCandidateGroup("leader:" + world.government().id());
        Assertions.assertThat(submitted.status()).isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
    }

    @Test
    void approvalIssuesTheConclusionAndStartsAnAssignmentProcessPerUnit() {
        World world = fixtures.newWorld();
        ConclusionDetail submitted = steps.submitted(world, fixtures.draft());
        ProcessInstance process = processes.ofConclusion(submitted.id());

        ConclusionDetail issued = conclusions.approve(world.leader(), submitted.id(), null);

        assertThat(process).hasPassedInOrder(TASK_APPROVE, TASK_ISSUE, TASK_CREATE_ASSIGNMENTS)
                .isWaitingAt(CALL_ASSIGNMENTS).isNotEnded();
        Assertions.assertThat(issued.status()).isEqualTo(ConclusionStatus.ISSUED);
        Assertions.assertThat(issued.number()).isEqualTo("1/TB-UBND");
        Assertions.assertThat(issued.issuedDate()).isEqualTo(steps.today());
        List<Long> assignmentIds = assignmentIds(issued);
        Assertions.assertThat(assignmentIds).hasSize(2);
        Assertions.assertThat(processes.calledBy(process)).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrderElementsOf(assignmentIds.stream().map(String::valueOf).toList());
        for (long assignmentId : assignmentIds) {
            ProcessInstance sub = processes.ofAssignment(assignmentId);
            assertThat(sub).hasProcessDefinitionKey(DirectiveAssignmentProcess.KEY).isWaitingAtExactly(
                    DirectiveAssignmentProcess.TASK_ACKNOWLEDGE, DirectiveAssignmentProcess.SUBPROCESS_DEADLINE_WATCH,
                    DirectiveAssignmentProcess.TIMER_REMINDER_BEFORE);
        }
    }

    @Test
    void theProcessEndsOnlyWhenEveryAssignmentIsAcceptedAndItsJobHasRun() {
        World world = fixtures.newWorld();
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        ProcessInstance process = processes.ofConclusion(issued.id());

        steps.done(world, Fixtures.assignmentOf(issued, World.SO_A), World.SO_A);
        Job first = BpmnAwareTests.job(process);
        execute(first);
        assertThat(process).isNotEnded().isWaitingAt(CALL_ASSIGNMENTS);

        steps.done(world, Fixtures.assignmentOf(issued, World.HUYEN_A), World.HUYEN_A);
        assertThat(process).isNotEnded();
        execute(BpmnAwareTests.job(process));

        assertThat(process).isEnded().hasPassed("EndEvent_AllDirectivesDone");
        Assertions.assertThat(processes.jobsOf(process)).isEmpty();
    }

    @Test
    void aRejectedDraftGoesBackToTheSecretariatAndResubmittingReturnsItToTheLeaders() {
        World world = fixtures.newWorld();
        ConclusionDetail submitted = steps.submitted(world, fixtures.draft());
        ProcessInstance process = processes.ofConclusion(submitted.id());

        ConclusionDetail rejected = conclusions.reject(world.leader(), submitted.id(), "Bổ sung đơn vị phối hợp");

        assertThat(process).hasPassed(TASK_APPROVE).isWaitingAtExactly(TASK_REVISE);
        assertThat(task(process)).hasCandidateGroup("secretariat:" + world.government().id());
        Assertions.assertThat(rejected.status()).isEqualTo(ConclusionStatus.DRAFT);

        ConclusionDetail resubmitted = conclusions.submit(world.secretariat(), submitted.id());

        Assertions.assertThat(processes.ofConclusion(submitted.id()).getId()).isEqualTo(process.getId());
        assertThat(process).hasPassed(TASK_REVISE).isWaitingAtExactly(TASK_APPROVE);
        assertThat(task(process)).hasCandidateGroup("leader:" + world.government().id());
        Assertions.assertThat(resubmitted.status()).isEqualTo(ConclusionStatus.AWAITING_APPROVAL);
    }

    @Test
    void generatedNumbersCountUpWithinAGovernment() {
        World world = fixtures.newWorld();

        ConclusionDetail first = fixtures.issue(world, fixtures.draft());
        ConclusionDetail second = fixtures.issue(world, fixtures.draft());

        Assertions.assertThat(first.number()).isEqualTo("1/TB-UBND");
        Assertions.assertThat(second.number()).isEqualTo("2/TB-UBND");
        Assertions.assertThat(fixtures.issue(fixtures.newWorld(), fixtures.draft()).number()).isEqualTo("1/TB-UBND");
    }

    @Test
    void aGeneratedNumberSkipsOneALeaderGaveByHand() {
        World world = fixtures.newWorld();
        ConclusionDetail byHand = steps.submitted(world, fixtures.draft());
        conclusions.approve(world.leader(), byHand.id(), "1/TB-UBND");

        ConclusionDetail generated = fixtures.issue(world, fixtures.draft());

        Assertions.assertThat(generated.number()).isEqualTo("2/TB-UBND");
    }

    @Test
    void everyLeadAndCoordinatingUnitOfEveryDirectiveGetsItsOwnSubProcess() {
        World world = fixtures.newWorld();
        LocalDate meeting = steps.today().minusDays(1);
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(meeting,
                Drafts.due(meeting.plusDays(20), World.SO_A, World.SO_B, World.HUYEN_A),
                Drafts.due(meeting.plusDays(40), World.SO_B, World.HUYEN_A)));
        ProcessInstance process = processes.ofConclusion(issued.id());

        Assertions.assertThat(processes.calledBy(process)).hasSize(5)
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrderElementsOf(assignmentIds(issued).stream().map(String::valueOf).toList());
        Assertions.assertThat(issued.directives().get(0).assignments())
                .extracting(a -> a.unitCode() + ":" + a.role())
                .containsExactlyInAnyOrder("SO_A:LEAD", "SO_B:COORDINATE", "HUYEN_A:COORDINATE");
        Assertions.assertThat(issued.directives().get(1).assignments())
                .extracting(a -> a.unitCode() + ":" + a.role())
                .containsExactlyInAnyOrder("SO_B:LEAD", "HUYEN_A:COORDINATE");
    }

    private static List<Long> assignmentIds(ConclusionDetail conclusion) {
        return conclusion.directives().stream().flatMap(d -> d.assignments().stream())
                .map(AssignmentSummary::id).toList();
    }
}
