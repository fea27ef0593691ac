package vn.chidao.deadline;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_ACKNOWLEDGE;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_REPORT;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_DEADLINE_DAY;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_ESCALATION;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_OVERDUE;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_REMINDER_BEFORE;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_WEEKLY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentAction;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The deadline watch of one assignment on the working-day calendar: reminders N working days before and on the
 * day, overdue the day after, the leaders M working days later, then every week; each firing notifies once.
 * Issued on Monday 4/3/2024 with a deadline of 10 working days: Monday 18/3/2024 (no holiday in between).
 */
@ChidaoTest
class DeadlineWatchTest {

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
    @Autowired
    TaskService tasks;
    @Autowired
    OverdueService overdue;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void resetClock() {
        BpmnAwareTests.reset();
        time.reset();
    }

    @Test
    void remindsBeforeAndOnTheDayThenMarksOverdueThenEscalatesThenRemindsWeekly() {
        World world = fixtures.newWorld();
        long id = issue(world, Drafts.inWorkingDays(10, World.SO_A));
        ProcessInstance process = processes.ofAssignment(id);
        Actor focal = world.focalPoint(World.SO_A);

        Assertions.assertThat(assignments.get(focal, id).deadline()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(process).isWaitingAt(TASK_ACKNOWLEDGE, TIMER_REMINDER_BEFORE);
        Assertions.assertThat(time.timers(process)).containsExactly(LocalDateTime.of(2024, 3, 13, 8, 0));

        Assertions.assertThat(time.runUntil(LocalDate.of(2024, 3, 13), 7, 59, process)).isZero();
        Assertions.assertThat(time.watchOf(focal)).isEmpty();

        Assertions.assertThat(time.runUntil(LocalDate.of(2024, 3, 13), 8, 0, process)).isEqualTo(1);
        Assertions.assertThat(time.watchOf(focal)).singleElement().satisfies(n -> {
            Assertions.assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            Assertions.assertThat(n.at().toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 3, 13, 8, 0));
            Assertions.assertThat(n.text()).contains("18/03/2024", "còn 3 ngày làm việc");
            Assertions.assertThat(n.assignmentId()).isEqualTo(id);
        });
        assertThat(process).isWaitingAt(TIMER_DEADLINE_DAY);
        Assertions.assertThat(time.timers(process)).containsExactly(LocalDateTime.of(2024, 3, 18, 8, 0));

        time.runUntil(LocalDate.of(2024, 3, 18), 23, 59, process);
        Assertions.assertThat(time.watchOf(focal)).hasSize(2).last()
                .satisfies(n -> Assertions.assertThat(n.text()).contains("Hôm nay (18/03/2024)"));
        assertThat(process).isWaitingAt(TIMER_OVERDUE);
        Assertions.assertThat(assignments.get(focal, id).timeliness()).isEqualTo(Timeliness.OPEN_ON_TIME);

        time.runUntil(LocalDate.of(2024, 3, 19), 0, 0, process);
        NotificationDto overdue = time.watchOf(focal).get(2);
        Assertions.assertThat(overdue.kind()).isEqualTo(NotificationKind.OVERDUE);
        Assertions.assertThat(overdue.at().toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 3, 19, 0, 0));
        Assertions.assertThat(time.watchOf(world.unitHead(World.SO_A))).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.OVERDUE);
        AssignmentDetail late = assignments.get(focal, id);
        Assertions.assertThat(late.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
        Assertions.assertThat(late.daysLeft()).isEqualTo(-1);
        Assertions.assertThat(late.history()).extracting("action").contains("OVERDUE");
        assertThat(process).isWaitingAt(TIMER_ESCALATION, TIMER_WEEKLY);
        Assertions.assertThat(time.timers(process)).containsExactly(LocalDateTime.of(2024, 3, 25, 8, 0),
                LocalDateTime.of(2024, 3, 26, 8, 0));

        time.runUntil(LocalDate.of(2024, 3, 25), 8, 0, process);
        Assertions.assertThat(time.watchOf(world.leader())).singleElement().satisfies(n -> {
            Assertions.assertThat(n.kind()).isEqualTo(NotificationKind.ESCALATION);
            Assertions.assertThat(n.at().toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 3, 25, 8, 0));
            Assertions.assertThat(n.text()).contains("quá hạn 5 ngày làm việc");
        });
        assertThat(process).isWaitingAt(TASK_OVERDUE_REVIEW);
        Assertions.assertThat(tasks.createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(TASK_OVERDUE_REVIEW).taskCandidateGroup("leader:" + world.government().id())
                .count()).isEqualTo(1);
        Assertions.assertThat(assignments.get(world.leader(), id).actions()).contains(AssignmentAction.OVERDUE_REVIEW);

        time.runUntil(LocalDate.of(2024, 4, 2), 8, 0, process);
        Assertions.assertThat(time.watchOf(focal)).extracting(NotificationDto::kind).containsExactly(
                NotificationKind.REMINDER, NotificationKind.REMINDER, NotificationKind.OVERDUE,
                NotificationKind.REMINDER, NotificationKind.REMINDER);
        Assertions.assertThat(time.watchOf(focal)).extracting(n -> n.at().toLocalDateTime())
                .endsWith(LocalDateTime.of(2024, 3, 26, 8, 0), LocalDateTime.of(2024, 4, 2, 8, 0));
        Assertions.assertThat(time.watchOf(world.leader())).hasSize(1);
        Assertions.assertThat(time.watchOf(world.unitHead(World.SO_A))).hasSize(1);
        Assertions.assertThat(time.watchOf(world.secretariat())).isEmpty();
    }

    @Test
    void aUnitThatReportsLateIsNoLongerChasedAndIsDoneLate() {
        World world = fixtures.newWorld();
        long id = issue(world, Drafts.inWorkingDays(10, World.SO_A));
        ProcessInstance process = processes.ofAssignment(id);
        Actor focal = world.focalPoint(World.SO_A);
        time.runUntil(LocalDate.of(2024, 3, 20), 10, 0, process);

        steps.reported(world, id, World.SO_A);
        time.runUntil(LocalDate.of(2024, 4, 10), 10, 0, process);

        Assertions.assertThat(time.watchOf(focal)).extracting(NotificationDto::kind).containsExactly(
                NotificationKind.REMINDER, NotificationKind.REMINDER, NotificationKind.OVERDUE);
        Assertions.assertThat(time.watchOf(world.leader())).isEmpty();
        AssignmentDetail done = steps.accepted(world, id);
        Assertions.assertThat(done.timeliness()).isEqualTo(Timeliness.DONE_LATE);
        assertThat(process).isEnded();
        Assertions.assertThat(processes.jobsOf(process)).isEmpty();
    }

    @Test
    void aUnitThatReportsInTimeGetsNoReminderAndItsTimersEndWithTheProcess() {
        World world = fixtures.newWorld();
        long id = issue(world, Drafts.inWorkingDays(10, World.SO_A));
        ProcessInstance process = processes.ofAssignment(id);
        time.runUntil(LocalDate.of(2024, 3, 6), 10, 0, process);

        steps.done(world, id, World.SO_A);

        assertThat(process).hasPassed(TASK_REPORT).isEnded();
        Assertions.assertThat(processes.jobsOf(process)).isEmpty();
        Assertions.assertThat(time.watchOf(world.focalPoint(World.SO_A))).isEmpty();
        Assertions.assertThat(assignments.get(world.secretariat(), id).timeliness()).isEqualTo(Timeliness.DONE_ON_TIME);
    }

    @Test
    void aTaskReceivedInsideTheReminderWindowGetsOnlyTheDeadlineDayReminder() {
        World world = fixtures.newWorld();
        long id = issue(world, Drafts.inWorkingDays(2, World.SO_A));
        ProcessInstance process = processes.ofAssignment(id);

        time.runUntil(LocalDate.of(2024, 3, 6), 23, 0, process);

        Assertions.assertThat(time.watchOf(world.focalPoint(World.SO_A))).singleElement()
                .satisfies(n -> Assertions.assertThat(n.at().toLocalDateTime())
                        .isEqualTo(LocalDateTime.of(2024, 3, 6, 8, 0)));
    }

    @Test
    void withACommitteeChairOnlyTheChairIsToldAndOnlyTheChairReviews() {
        World world = fixtures.newWorld();
        Actor otherLeader = fixtures.user(world, "ld2", vn.chidao.base.Role.LEADER, null);
        time.startAt(ISSUED, 9, 0);
        var draft = Drafts.conclusion(ISSUED.minusDays(3), Drafts.inWorkingDays(10, World.SO_A));
        long id = Fixtures.assignmentOf(fixtures.issue(world, new vn.chidao.conclusion.ConclusionDraft(draft.committee(),
                draft.meetingDate(), draft.title(), draft.directives(), world.leader().username())), World.SO_A);
        ProcessInstance process = processes.ofAssignment(id);

        time.runUntil(LocalDate.of(2024, 3, 25), 9, 0, process);

        Assertions.assertThat(time.watchOf(world.leader())).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.ESCALATION);
        Assertions.assertThat(time.watchOf(otherLeader)).isEmpty();
        Assertions.assertThat(tasks.createTaskQuery().processInstanceId(process.getId())
                .taskDefinitionKey(TASK_OVERDUE_REVIEW).taskCandidateGroup("user:" + world.leader().username())
                .count()).isEqualTo(1);
        Assertions.assertThat(assignments.get(otherLeader, id).actions()).doesNotContain(AssignmentAction.OVERDUE_REVIEW);
        Assertions.assertThatThrownBy(() -> overdue.review(otherLeader, id,
                new OverdueDecision(OverdueDecision.Action.URGE, null, "x")))
                .isInstanceOf(vn.chidao.base.ForbiddenException.class);
        AssignmentDetail urged = overdue.review(world.leader(), id, new OverdueDecision(OverdueDecision.Action.URGE,
                null, "Đề nghị khẩn trương"));
        Assertions.assertThat(urged.history()).last().satisfies(e -> Assertions.assertThat(e.action()).isEqualTo("URGED"));
        Assertions.assertThat(time.watchOf(world.focalPoint(World.SO_A))).extracting(NotificationDto::kind)
                .contains(NotificationKind.LEADER_ACTION);
    }

    /** Issues a one-directive conclusion on {@link #ISSUED} at 09:00 and returns its lead assignment. */
    long issue(World world, vn.chidao.conclusion.DirectiveDraft directive) {
        time.startAt(ISSUED, 9, 0);
        return Fixtures.assignmentOf(fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3), directive)),
                directive.leadUnit());
    }
}
