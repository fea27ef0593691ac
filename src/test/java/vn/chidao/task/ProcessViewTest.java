package vn.chidao.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.base.Actor;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.ProcessView;
import vn.chidao.extension.ExtensionDecision;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The process diagram's data: where an assignment's process stands (the current user task, the deadline watch's
 * timer) and the way it came, from the engine's history, on the model version the instance started on; read by
 * whoever may read the assignment. Issued Monday 4/3/2024, due in 10 working days.
 */
@ChidaoTest
class ProcessViewTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    TimeTravel time;
    @Autowired
    ProcessViewService processes;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ExtensionService extensions;
    @Autowired
    RepositoryService repository;

    World world;
    Actor focal;
    long id;

    @BeforeEach
    void issueADirectiveForSoA() {
        world = fixtures.newWorld();
        focal = world.focalPoint(World.SO_A);
        time.startAt(ISSUED, 9, 0);
        id = Fixtures.assignmentOf(fixtures.issue(world,
                Drafts.conclusion(ISSUED.minusDays(3), Drafts.inWorkingDays(10, World.SO_A))), World.SO_A);
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void aNewAssignmentWaitsToBeAcknowledgedAndTheWatchWaitsForTheFirstReminder() {
        ProcessView view = processes.processView(focal, id);

        assertThat(view.current()).containsExactly(DirectiveAssignmentProcess.TASK_ACKNOWLEDGE);
        assertThat(view.currentNames()).containsExactly("Tiếp nhận nhiệm vụ");
        assertThat(view.waiting()).containsExactly(DirectiveAssignmentProcess.TIMER_REMINDER_BEFORE);
        assertThat(view.passed()).contains("StartEvent_Assigned", "Gateway_Fork", "Gateway_HasDeadline",
                DirectiveAssignmentProcess.SUBPROCESS_DEADLINE_WATCH)
                .doesNotContain(DirectiveAssignmentProcess.TASK_ACKNOWLEDGE, DirectiveAssignmentProcess.TASK_REPORT);
        assertThat(view.passedFlows()).contains("Flow_ToFork", "Flow_ToAcknowledge", "Flow_ToWatch", "Flow_Dated")
                .doesNotContain("Flow_ToRole", "Flow_NoDeadline");
        assertThat(view.xml()).startsWith("<?xml").contains("id=\"Task_SubmitReport\"", "<bpmndi:BPMNDiagram");
    }

    @Test
    void afterAcknowledgingTheReportIsTheCurrentStepAndTheAcknowledgementIsBehind() {
        assignments.acknowledge(focal, id);

        ProcessView view = processes.processView(focal, id);

        assertThat(view.current()).containsExactly(DirectiveAssignmentProcess.TASK_REPORT);
        assertThat(view.currentNames()).containsExactly("Thực hiện và báo cáo kết quả");
        assertThat(view.passed()).contains(DirectiveAssignmentProcess.TASK_ACKNOWLEDGE, "Gateway_Role", "Gateway_Rework")
                .doesNotContain(DirectiveAssignmentProcess.TASK_REPORT, DirectiveAssignmentProcess.TASK_CONTRIBUTION);
        assertThat(view.passedFlows()).contains("Flow_ToAcknowledge", "Flow_ToRole", "Flow_Lead", "Flow_ToReport")
                .doesNotContain("Flow_Coordinate", "Flow_OngoingLead", "Flow_ToReview");
    }

    @Test
    void aReturnedReportComesBackByTheReturnFlowAndTheAcceptedPathIsNotMarked() {
        steps.reported(world, id, World.SO_A);
        assignments.review(world.secretariat(), id, Steps.giveBack("Thiếu số liệu"));

        ProcessView view = processes.processView(focal, id);

        assertThat(view.current()).containsExactly(DirectiveAssignmentProcess.TASK_REPORT);
        assertThat(view.passed()).contains(DirectiveAssignmentProcess.TASK_REVIEW, "Gateway_ReviewDecision");
        assertThat(view.passedFlows()).contains("Flow_Lead", "Flow_ToReview", "Flow_ToReviewDecision",
                "Flow_ReviewReturned").doesNotContain("Flow_ReviewAccepted", "Flow_SignOffReturned");
    }

    @Test
    void aDoneAssignmentHasNoCurrentStepAndEndsByTheAcceptedPath() {
        steps.done(world, id, World.SO_A);

        ProcessView view = processes.processView(world.secretariat(), id);

        assertThat(view.current()).isEmpty();
        assertThat(view.waiting()).isEmpty();
        assertThat(view.passed()).contains(DirectiveAssignmentProcess.END_DONE);
        assertThat(view.passedFlows()).contains("Flow_ReviewAccepted", "Flow_NoSignOff", "Flow_ToDone")
                .doesNotContain("Flow_ReviewReturned", "Flow_ToSignOff");
    }

    @Test
    void aChangedDeadlineRestartsTheWatchByTheBoundaryEvent() {
        assignments.acknowledge(focal, id);
        extensions.request(focal, id, new ExtensionInput(LocalDate.of(2024, 3, 29), "Chờ số liệu"));
        extensions.decide(world.secretariat(), id, new ExtensionDecision(true, null));

        ProcessView view = processes.processView(focal, id);

        assertThat(view.passed()).contains("BoundaryEvent_DeadlineChanged", "Task_DecideExtension",
                "Task_ApplyExtension");
        assertThat(view.passedFlows()).contains("Flow_Dated", "Flow_DeadlineChanged", "Flow_ToWatchSubProcess",
                "Flow_ToDecideExtension", "Flow_ExtensionApproved").doesNotContain("Flow_ExtensionRefused");
        assertThat(view.waiting()).containsExactly(DirectiveAssignmentProcess.TIMER_REMINDER_BEFORE);
    }

    @Test
    void whoeverMayReadTheAssignmentSeesItsProcessAndNobodyElse() {
        assertThat(processes.processView(world.unitHead(World.SO_A), id).current()).isNotEmpty();
        assertThat(processes.processView(world.leader(), id).current()).isNotEmpty();
        assertThatThrownBy(() -> processes.processView(world.focalPoint(World.SO_B), id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> processes.processView(fixtures.newWorld().secretariat(), id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> processes.processView(focal, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anInstanceKeepsTheModelVersionItStartedOn() throws IOException {
        ProcessView before = processes.processView(focal, id);
        Deployment newer = repository.createDeployment().name("process-view-test")
                .addString("directive-assignment.bpmn", currentModel().replace(
                        "name=\"Thực hiện nhiệm vụ được giao\"", "name=\"Phiên bản thử của quy trình\""))
                .deploy();
        try {
            ProcessView after = processes.processView(focal, id);

            assertThat(after.definitionId()).isEqualTo(before.definitionId());
            assertThat(after.version()).isEqualTo(before.version());
            assertThat(after.xml()).isEqualTo(before.xml()).doesNotContain("Phiên bản thử của quy trình");
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(DirectiveAssignmentProcess.KEY)
                    .latestVersion().singleResult().getVersion()).isGreaterThan(before.version());
        } finally {
            repository.deleteDeployment(newer.getId(), true);
        }
    }

    private static String currentModel() throws IOException {
        try (InputStream in = ProcessViewTest.class.getResourceAsStream("/processes/directive-assignment.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
