package vn.chidao.reorganisation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_DEADLINE_DAY;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_ESCALATION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.base.Actor;
import vn.chidao.base.TaskGroups;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationKind;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitEndRequest;
import vn.chidao.organisation.UnitEndings;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * A district ends while its work is at every stage of the deadline watch, and the watch goes on for its successor.
 * Issued on Monday 4/3/2024 09:00 to HUYEN_A: A due in 1 working day (Tuesday 5/3), B in 3 (Thursday 7/3), C in 10
 * (Monday 18/3). HUYEN_A ends on Wednesday 13/3/2024 at 10:00, into SO_A, its users disabled: by then A has been
 * escalated to the leaders (12/3), B is overdue and waits for its escalation (14/3), C has had its reminder before
 * the deadline (13/3 08:00). Every timer after that fires once, for SO_A.
 */
@ChidaoTest
class UnitEndTimersTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);
    static final LocalDate ENDED = LocalDate.of(2024, 3, 13);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Processes processes;
    @Autowired
    TimeTravel time;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    UnitEndings endings;
    @Autowired
    OrganisationService organisation;
    @Autowired
    AssignmentService assignments;

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
    void everyTimerFiresOnceForTheSuccessor() {
        World world = fixtures.newWorld();
        time.startAt(ISSUED, 9, 0);
        ConclusionDetail notice = fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3),
                Drafts.inWorkingDays(1, World.HUYEN_A), Drafts.inWorkingDays(3, World.HUYEN_A),
                Drafts.inWorkingDays(10, World.HUYEN_A)));
        long a = notice.directives().get(0).assignments().get(0).id();
        long b = notice.directives().get(1).assignments().get(0).id();
        long c = notice.directives().get(2).assignments().get(0).id();
        ProcessInstance[] all = {processes.ofAssignment(a), processes.ofAssignment(b), processes.ofAssignment(c)};
        time.runUntil(ENDED, 10, 0, all);
        assertThat(all[0]).isWaitingAt(TASK_OVERDUE_REVIEW);
        assertThat(all[1]).isWaitingAt(TIMER_ESCALATION);
        assertThat(all[2]).isWaitingAt(TIMER_DEADLINE_DAY);
        List<List<LocalDateTime>> timersBefore = List.of(time.timers(all[0]), time.timers(all[1]), time.timers(all[2]));
        Actor oldFocal = world.focalPoint(World.HUYEN_A);
        int toldBefore = time.watchOf(oldFocal).size();

        endings.end(world.admin(), world.government().code(), World.HUYEN_A, new UnitEndRequest(ENDED,
                List.of(World.SO_A), Map.of(), null, UnitEndRequest.UsersChoice.disable()));

        Assertions.assertThat(List.of(time.timers(all[0]), time.timers(all[1]), time.timers(all[2])))
                .isEqualTo(timersBefore);
        long soA = organisation.findUnit(world.government().id(), World.SO_A).orElseThrow().id();
        long huyenA = organisation.findUnit(world.government().id(), World.HUYEN_A).orElseThrow().id();
        for (ProcessInstance process : all) {
            Assertions.assertThat(tasks.createTaskQuery().processInstanceId(process.getId())
                    .taskCandidateGroup(TaskGroups.UNIT + soA).count()).as("the successor's tasks").isEqualTo(1);
            Assertions.assertThat(tasks.createTaskQuery().processInstanceId(process.getId())
                    .taskCandidateGroup(TaskGroups.UNIT + huyenA).count()).isZero();
        }

        time.runUntil(LocalDate.of(2024, 3, 26), 9, 0, all);

        Actor focal = world.focalPoint(World.SO_A);
        Assertions.assertThat(told(focal)).containsExactly(
                new Told(b, NotificationKind.REMINDER, at(15, 8)),
                new Told(c, NotificationKind.REMINDER, at(18, 8)),
                new Told(c, NotificationKind.OVERDUE, at(19, 0)),
                new Told(a, NotificationKind.REMINDER, at(20, 8)),
                new Told(b, NotificationKind.REMINDER, at(22, 8)),
                new Told(c, NotificationKind.REMINDER, at(26, 8)));
        Assertions.assertThat(told(world.unitHead(World.SO_A))).containsExactly(
                new Told(c, NotificationKind.OVERDUE, at(19, 0)));
        Assertions.assertThat(told(world.leader())).containsExactly(
                new Told(a, NotificationKind.ESCALATION, at(12, 8)),
                new Told(b, NotificationKind.ESCALATION, at(14, 8)),
                new Told(c, NotificationKind.ESCALATION, at(25, 8)));
        Assertions.assertThat(time.watchOf(oldFocal)).hasSize(toldBefore);
    }

    /**
     * An ongoing directive whose lead HUYEN_A reports every week, issued Monday 4/3/2024: its first report was due
     * 11/3 and not sent (HUYEN_A was reminded and told it was missed). HUYEN_A ends on 13/3 into SO_A: the open
     * period's task moves to SO_A, whose focal point sends it late on 14/3; the next period's reminder and missed
     * notice go to SO_A's focal point, each once, and HUYEN_A's hears nothing more.
     */
    @Test
    void aPeriodicReportGoesOnForTheSuccessor() {
        World world = fixtures.newWorld();
        time.startAt(ISSUED, 9, 0);
        ConclusionDetail notice = fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3),
                Drafts.ongoingEvery("P1W", World.HUYEN_A)));
        long a = notice.directives().get(0).assignments().get(0).id();
        ProcessInstance process = processes.ofAssignment(a);
        assignments.acknowledge(world.focalPoint(World.HUYEN_A), a);
        time.runUntil(ENDED, 10, 0, process);
        Actor oldFocal = world.focalPoint(World.HUYEN_A);
        int toldBefore = time.watchOf(oldFocal).size();
        List<LocalDateTime> timersBefore = time.timers(process);

        endings.end(world.admin(), world.government().code(), World.HUYEN_A, new UnitEndRequest(ENDED,
                List.of(World.SO_A), Map.of(), null, UnitEndRequest.UsersChoice.disable()));

        Assertions.assertThat(time.timers(process)).as("the periods' timers keep their dates").isEqualTo(timersBefore);
        long soA = organisation.findUnit(world.government().id(), World.SO_A).orElseThrow().id();
        Assertions.assertThat(tasks.createTaskQuery().processInstanceId(process.getId())
                .taskCandidateGroup(TaskGroups.UNIT + soA).count()).as("the open period's task").isEqualTo(1);

        time.runUntil(LocalDate.of(2024, 3, 14), 9, 0, process);
        assignments.report(world.focalPoint(World.SO_A), a, new CompletionReport("Báo cáo kỳ 1 (muộn)"));
        time.runUntil(LocalDate.of(2024, 3, 26), 9, 0, process);

        // Period 2 (due Monday 18/3) opens with the late report of period 1; its reminder day (13/3) has passed, so
        // the reminder goes out at once, to the successor; unreported, it is missed on 19/3.
        Assertions.assertThat(told(world.focalPoint(World.SO_A))).containsExactly(
                new Told(a, NotificationKind.REMINDER, at(14, 9)),
                new Told(a, NotificationKind.OVERDUE, at(19, 0)));
        Assertions.assertThat(time.watchOf(oldFocal)).hasSize(toldBefore);
    }

    record Told(Long assignmentId, NotificationKind kind, LocalDateTime at) {
    }

    private List<Told> told(Actor actor) {
        return time.watchOf(actor).stream()
                .filter(n -> n.at().toLocalDateTime().isAfter(LocalDateTime.of(ENDED, java.time.LocalTime.of(10, 0)))
                        || n.kind() == NotificationKind.ESCALATION)
                .map(UnitEndTimersTest::told).toList();
    }

    private static Told told(NotificationDto n) {
        return new Told(n.assignmentId(), n.kind(), n.at().toLocalDateTime());
    }

    private static LocalDateTime at(int dayOfMarch, int hour) {
        return LocalDateTime.of(2024, 3, dayOfMarch, hour, 0);
    }
}
