package vn.chidao.extension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chidao.assignment.DirectiveAssignmentProcess.SUBPROCESS_DEADLINE_WATCH;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_DECIDE_EXTENSION;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_DEADLINE_DAY;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_REMINDER_BEFORE;

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
import vn.chidao.assignment.AssignmentAction;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.ExtensionStatus;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.deadline.OverdueDecision;
import vn.chidao.deadline.OverdueService;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Extension requests (gia hạn) and a leader's new deadline: the deadline watch starts again on the new deadline
 * and every pending timer follows it; a reminder already sent is not sent again; the original deadline stays.
 * Issued Monday 4/3/2024, due in 10 working days: Monday 18/3/2024, first reminder Wednesday 13/3.
 */
@ChidaoTest
class ExtensionProcessTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);
    static final LocalDate DEADLINE = LocalDate.of(2024, 3, 18);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Processes processes;
    @Autowired
    TimeTravel time;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ExtensionService extensions;
    @Autowired
    OverdueService overdue;

    World world;
    Actor focal;
    long id;
    ProcessInstance process;

    @BeforeEach
    void issueADirectiveDueIn10WorkingDays() {
        BpmnAwareTests.init(engine);
        world = fixtures.newWorld();
        focal = world.focalPoint(World.SO_A);
        time.startAt(ISSUED, 9, 0);
        id = Fixtures.assignmentOf(fixtures.issue(world,
                Drafts.conclusion(ISSUED.minusDays(3), Drafts.inWorkingDays(10, World.SO_A))), World.SO_A);
        process = processes.ofAssignment(id);
        assignments.acknowledge(focal, id);
    }

    @AfterEach
    void resetClock() {
        BpmnAwareTests.reset();
        time.reset();
    }

    @Test
    void anExtensionApprovedBeforeAnyReminderMovesEveryTimerToTheNewDeadline() {
        time.runUntil(LocalDate.of(2024, 3, 6), 10, 0, process);
        LocalDate asked = LocalDate.of(2024, 3, 25);
        AssignmentDetail requested = extensions.request(focal, id, new ExtensionInput(asked, "Chờ ý kiến của Bộ"));
        Assertions.assertThat(requested.pendingExtension().requestedDeadline()).isEqualTo(asked);
        assertThat(process).isWaitingAt(TASK_DECIDE_EXTENSION, TIMER_REMINDER_BEFORE);
        Assertions.assertThat(time.watchOf(world.secretariat())).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.EXTENSION_REQUESTED);

        AssignmentDetail approved = extensions.decide(world.secretariat(), id, new ExtensionDecision(true, null));

        Assertions.assertThat(approved.deadline()).isEqualTo(asked);
        Assertions.assertThat(approved.originalDeadline()).isEqualTo(DEADLINE);
        Assertions.assertThat(approved.history()).extracting("action").contains("EXTENSION_APPROVED");
        assertThat(process).hasPassed(SUBPROCESS_DEADLINE_WATCH).isWaitingAt(TIMER_REMINDER_BEFORE);
        Assertions.assertThat(time.timers(process)).containsExactly(LocalDateTime.of(2024, 3, 20, 8, 0));

        time.runUntil(LocalDate.of(2024, 3, 26), 1, 0, process);
        Assertions.assertThat(time.watchOf(focal)).extracting(n -> n.kind() + " " + n.at().toLocalDateTime())
                .containsExactly("EXTENSION_DECIDED 2024-03-06T10:00", "REMINDER 2024-03-20T08:00",
                        "REMINDER 2024-03-25T08:00", "OVERDUE 2024-03-26T00:00");
    }

    @Test
    void anExtensionApprovedAfterTheFirstReminderDoesNotSendItAgain() {
        time.runUntil(LocalDate.of(2024, 3, 14), 9, 0, process);
        Assertions.assertThat(time.watchOf(focal)).hasSize(1);
        extensions.request(focal, id, new ExtensionInput(LocalDate.of(2024, 3, 22), "Thiếu kinh phí"));
        extensions.decide(world.secretariat(), id, new ExtensionDecision(true, "Đồng ý"));

        assertThat(process).isWaitingAt(TIMER_DEADLINE_DAY);
        Assertions.assertThat(time.timers(process)).containsExactly(LocalDateTime.of(2024, 3, 22, 8, 0));
        time.runUntil(LocalDate.of(2024, 3, 23), 1, 0, process);

        Assertions.assertThat(time.watchOf(focal)).extracting(n -> n.kind() + " " + n.at().toLocalDateTime())
                .containsExactly("REMINDER 2024-03-13T08:00", "EXTENSION_DECIDED 2024-03-14T09:00",
                        "REMINDER 2024-03-22T08:00", "OVERDUE 2024-03-23T00:00");
    }

    @Test
    void aRefusedExtensionKeepsTheDeadlineAndTheTimers() {
        extensions.request(focal, id, new ExtensionInput(LocalDate.of(2024, 3, 29), "Xin thêm thời gian"));
        Assertions.assertThatThrownBy(() -> extensions.decide(world.secretariat(), id, new ExtensionDecision(false, " ")))
                .isInstanceOf(InvalidInputException.class);

        AssignmentDetail refused = extensions.decide(world.secretariat(), id,
                new ExtensionDecision(false, "Không có lý do chính đáng"));

        Assertions.assertThat(refused.deadline()).isEqualTo(DEADLINE);
        Assertions.assertThat(refused.extensions()).singleElement()
                .satisfies(e -> Assertions.assertThat(e.status()).isEqualTo(ExtensionStatus.REFUSED));
        assertThat(process).isWaitingAt(TIMER_REMINDER_BEFORE);
        Assertions.assertThat(time.timers(process)).containsExactly(LocalDateTime.of(2024, 3, 13, 8, 0));
        Assertions.assertThat(time.watchOf(focal)).singleElement()
                .satisfies(n -> Assertions.assertThat(n.text()).contains("18/03/2024", "Không có lý do chính đáng"));
        Assertions.assertThatThrownBy(() -> extensions.decide(world.secretariat(), id, new ExtensionDecision(true, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRequestMustAskForALaterDayNotInThePastAndOneAtATime() {
        Assertions.assertThatThrownBy(() -> extensions.request(focal, id, new ExtensionInput(DEADLINE, "x")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> Assertions.assertThat(e.errors()).extracting("field").containsExactly("newDeadline"));
        extensions.request(focal, id, new ExtensionInput(DEADLINE.plusDays(3), "Lý do"));
        Assertions.assertThatThrownBy(() -> extensions.request(focal, id, new ExtensionInput(DEADLINE.plusDays(5), "y")))
                .isInstanceOf(ConflictException.class);
        Assertions.assertThatThrownBy(() -> extensions.decide(world.focalPoint(World.SO_B), id,
                new ExtensionDecision(true, null))).isInstanceOf(vn.chidao.base.ForbiddenException.class);
    }

    @Test
    void aReportWithdrawsAPendingRequestAndAReportedUnitCannotAskForMoreTime() {
        time.runUntil(LocalDate.of(2024, 3, 19), 10, 0, process);
        extensions.request(focal, id, new ExtensionInput(LocalDate.of(2024, 3, 29), "Xin thêm thời gian"));

        AssignmentDetail reported = assignments.report(focal, id, new CompletionReport("Báo cáo muộn"));

        Assertions.assertThat(reported.extensions()).singleElement()
                .satisfies(e -> Assertions.assertThat(e.status()).isEqualTo(ExtensionStatus.OBSOLETE));
        Assertions.assertThat(reported.history()).extracting("action").containsSubsequence("EXTENSION_REQUESTED",
                "EXTENSION_WITHDRAWN", "REPORTED");
        Assertions.assertThat(reported.actions()).doesNotContain(AssignmentAction.REQUEST_EXTENSION);
        assertThat(process).isWaitingAt(DirectiveAssignmentProcess.TASK_REVIEW);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(TASK_DECIDE_EXTENSION).count()).isZero();
        Assertions.assertThatThrownBy(() -> extensions.decide(world.secretariat(), id, new ExtensionDecision(true, null)))
                .isInstanceOf(ConflictException.class);
        Assertions.assertThatThrownBy(() -> extensions.request(focal, id,
                new ExtensionInput(LocalDate.of(2024, 3, 29), "lần nữa"))).isInstanceOf(ConflictException.class);
        Assertions.assertThat(assignments.review(world.secretariat(), id, vn.chidao.support.Steps.accept()).timeliness())
                .isEqualTo(Timeliness.DONE_LATE);
    }

    @Test
    void aLeadersNewDeadlineForAnOverdueTaskArmsTheWholeWatchAgain() {
        time.runUntil(LocalDate.of(2024, 3, 25), 9, 0, process);
        Assertions.assertThat(time.watchOf(world.leader())).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.ESCALATION);

        AssignmentDetail granted = overdue.review(world.leader(), id,
                new OverdueDecision(OverdueDecision.Action.NEW_DEADLINE, LocalDate.of(2024, 4, 5), "Lần cuối"));

        Assertions.assertThat(granted.deadline()).isEqualTo(LocalDate.of(2024, 4, 5));
        Assertions.assertThat(granted.originalDeadline()).isEqualTo(DEADLINE);
        Assertions.assertThat(granted.timeliness()).isEqualTo(Timeliness.OPEN_ON_TIME);
        Assertions.assertThat(granted.actions()).doesNotContain(AssignmentAction.OVERDUE_REVIEW);
        Assertions.assertThat(time.timers(process)).containsExactly(LocalDateTime.of(2024, 4, 2, 8, 0));
        time.runUntil(LocalDate.of(2024, 4, 6), 1, 0, process);
        Assertions.assertThat(time.watchOf(focal)).extracting(n -> n.kind() + " " + n.at().toLocalDateTime())
                .endsWith("EXTENSION_DECIDED 2024-03-25T09:00", "REMINDER 2024-04-02T08:00",
                        "REMINDER 2024-04-05T08:00", "OVERDUE 2024-04-06T00:00");
    }

    @Test
    void aLeaderCriticisesAnOverdueUnitAndTheCriticismIsRecorded() {
        time.runUntil(LocalDate.of(2024, 3, 25), 9, 0, process);

        AssignmentDetail criticised = overdue.review(world.leader(), id,
                new OverdueDecision(OverdueDecision.Action.CRITICISE, null, "Chậm trễ kéo dài"));

        Assertions.assertThat(criticised.history()).last().satisfies(e -> {
            Assertions.assertThat(e.action()).isEqualTo("CRITICISED");
            Assertions.assertThat(e.user()).isEqualTo(world.leader().username());
        });
        Assertions.assertThat(time.watchOf(world.unitHead(World.SO_A))).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.OVERDUE, NotificationKind.LEADER_ACTION);
        Assertions.assertThatThrownBy(() -> overdue.review(world.leader(), id,
                new OverdueDecision(OverdueDecision.Action.URGE, null, null))).isInstanceOf(ConflictException.class);
        Assertions.assertThat(criticised.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
    }
}
