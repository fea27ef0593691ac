package vn.chidao.assignment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chidao.assignment.DirectiveAssignmentProcess.END_CONTRIBUTION_SENT;
import static vn.chidao.assignment.DirectiveAssignmentProcess.END_DONE;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_CONTRIBUTION;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_REPORT;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_SIGN_OFF;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/** The leader's sign-off of a result, and a coordinating unit's contribution to the lead unit. */
@ChidaoTest
class SignOffAndCoordinationTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;
    @Autowired
    TimeTravel time;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AssignmentService assignments;

    World world;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        world = fixtures.newWorld();
        time.startAt(ISSUED, 9, 0);
    }

    @AfterEach
    void resetClock() {
        BpmnAwareTests.reset();
        time.reset();
    }

    @Test
    void aSignedOffResultWaitsForTheLeaderWhoCanReturnItAndTimelinessCountsTheAcceptedReport() {
        long id = issue(Drafts.signedOff(Drafts.inWorkingDays(10, World.SO_A))).get(World.SO_A);
        ProcessInstance process = processes.ofAssignment(id);
        steps.reported(world, id, World.SO_A);
        AssignmentDetail accepted = steps.accepted(world, id);
        Assertions.assertThat(accepted.status()).isEqualTo(AssignmentStatus.AWAITING_SIGN_OFF);
        assertThat(process).isWaitingAt(TASK_SIGN_OFF);
        Assertions.assertThat(assignments.get(world.leader(), id).actions()).contains(AssignmentAction.SIGN_OFF);
        Assertions.assertThatThrownBy(() -> assignments.signOff(world.secretariat(), id, Steps.accept()))
                .isInstanceOf(ForbiddenException.class);

        AssignmentDetail returned = assignments.signOff(world.leader(), id, Steps.giveBack("Cần bổ sung số liệu"));
        Assertions.assertThat(returned.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(process).isWaitingAt(TASK_REPORT);

        time.runUntil(LocalDate.of(2024, 3, 15), 9, 0, process);
        assignments.report(world.focalPoint(World.SO_A), id, new CompletionReport("Đã bổ sung"));
        steps.accepted(world, id);
        time.runUntil(LocalDate.of(2024, 3, 21), 9, 0, process);
        AssignmentDetail waiting = assignments.get(world.leader(), id);
        Assertions.assertThat(waiting.timeliness()).isEqualTo(Timeliness.OPEN_ON_TIME);
        Assertions.assertThat(waiting.daysLeft()).as("reported in time: nothing left to count").isNull();
        AssignmentDetail signed = assignments.signOff(world.leader(), id, Steps.accept());

        Assertions.assertThat(signed.status()).isEqualTo(AssignmentStatus.DONE);
        Assertions.assertThat(signed.timeliness()).isEqualTo(Timeliness.DONE_ON_TIME);
        Assertions.assertThat(signed.history()).extracting("action").containsSubsequence("ACCEPTED",
                "SIGN_OFF_RETURNED", "REPORTED", "ACCEPTED", "SIGNED_OFF");
        assertThat(process).hasPassedInOrder(TASK_SIGN_OFF, TASK_REPORT, TASK_SIGN_OFF, END_DONE).isEnded();
        Assertions.assertThatThrownBy(() -> assignments.signOff(world.leader(), id, Steps.accept()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aCoordinatingUnitContributesThreeWorkingDaysBeforeTheLeadsDeadlineAndTheLeadSeesIt() {
        var ids = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B));
        long lead = ids.get(World.SO_A);
        long coordinator = ids.get(World.SO_B);
        ProcessInstance coordination = processes.ofAssignment(coordinator);
        AssignmentDetail part = assignments.get(world.focalPoint(World.SO_B), coordinator);
        Assertions.assertThat(part.role()).isEqualTo(AssignmentRole.COORDINATE);
        Assertions.assertThat(part.deadline()).isEqualTo(LocalDate.of(2024, 3, 13));
        Assertions.assertThat(time.timers(coordination)).containsExactly(LocalDateTime.of(2024, 3, 8, 8, 0));

        assignments.acknowledge(world.focalPoint(World.SO_B), coordinator);
        assertThat(coordination).isWaitingAt(TASK_CONTRIBUTION);
        Assertions.assertThatThrownBy(() -> assignments.report(world.focalPoint(World.SO_B), coordinator,
                new CompletionReport("x"))).isInstanceOf(ConflictException.class);
        AssignmentDetail sent = assignments.contribute(world.focalPoint(World.SO_B), coordinator,
                new ContributionInput("Sở B đề nghị bổ sung chỉ tiêu"));

        Assertions.assertThat(sent.status()).isEqualTo(AssignmentStatus.DONE);
        Assertions.assertThat(sent.timeliness()).isEqualTo(Timeliness.DONE_ON_TIME);
        assertThat(coordination).hasPassed(END_CONTRIBUTION_SENT).isEnded();
        AssignmentDetail leadTask = assignments.get(world.focalPoint(World.SO_A), lead);
        Assertions.assertThat(leadTask.contributions()).singleElement().satisfies(c -> {
            Assertions.assertThat(c.unitCode()).isEqualTo(World.SO_B);
            Assertions.assertThat(c.text()).isEqualTo("Sở B đề nghị bổ sung chỉ tiêu");
        });
        Assertions.assertThat(leadTask.status()).isEqualTo(AssignmentStatus.ASSIGNED);
        Assertions.assertThatThrownBy(() -> assignments.contribute(world.focalPoint(World.SO_A), lead,
                new ContributionInput("x"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCoordinatingUnitIsChasedLikeALeadOnItsOwnDeadline() {
        long coordinator = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B)).get(World.SO_B);
        ProcessInstance coordination = processes.ofAssignment(coordinator);

        time.runUntil(LocalDate.of(2024, 3, 14), 1, 0, coordination);

        Assertions.assertThat(time.notificationsOf(world.focalPoint(World.SO_B)))
                .extracting(n -> n.kind() + " " + n.at().toLocalDateTime())
                .containsExactly("TASK_ASSIGNED 2024-03-04T09:00", "REMINDER 2024-03-08T08:00",
                        "REMINDER 2024-03-13T08:00", "OVERDUE 2024-03-14T00:00");
        // the lead unit, whose deadline is later, heard of its task and nothing of the coordinator's watch
        Assertions.assertThat(time.notificationsOf(world.focalPoint(World.SO_A))).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.TASK_ASSIGNED);
    }

    private java.util.Map<String, Long> issue(DirectiveDraft directive) {
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3), directive));
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        issued.directives().get(0).assignments().forEach(a -> ids.put(a.unitCode(), a.id()));
        return ids;
    }
}
