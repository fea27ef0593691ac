package vn.chidao.assignment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chidao.assignment.DirectiveAssignmentProcess.END_CANCELLED;
import static vn.chidao.assignment.DirectiveAssignmentProcess.END_CLOSED;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_PERIODIC_REPORT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationDto;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Ongoing directives (thường xuyên) report every period until the secretariat closes them; a missed period counts
 * as overdue. Cancelling a directive ends every unit's process. Issued Monday 4/3/2024.
 */
@ChidaoTest
class OngoingAndCancellationTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);

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
    DirectiveService directives;

    World world;
    Actor focal;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        world = fixtures.newWorld();
        focal = world.focalPoint(World.SO_A);
        time.startAt(ISSUED, 9, 0);
    }

    @AfterEach
    void resetClock() {
        BpmnAwareTests.reset();
        time.reset();
    }

    @Test
    void anOngoingDirectiveReportsEveryPeriodAMissedPeriodIsOverdueAndClosingEndsIt() {
        ConclusionDetail issued = issue(Drafts.ongoingEvery("P2W", World.SO_A));
        long id = Fixtures.assignmentOf(issued, World.SO_A);
        ProcessInstance process = processes.ofAssignment(id);
        assignments.acknowledge(focal, id);

        assertThat(process).isWaitingAt(TASK_PERIODIC_REPORT);
        Assertions.assertThat(time.timers(process)).containsExactly(LocalDateTime.of(2024, 3, 13, 8, 0),
                LocalDateTime.of(2024, 3, 19, 0, 0));
        time.runUntil(LocalDate.of(2024, 3, 14), 10, 0, process);
        assignments.report(focal, id, new CompletionReport("Kỳ 1: đã triển khai"));

        time.runUntil(LocalDate.of(2024, 4, 3), 10, 0, process);
        AssignmentDetail afterMiss = assignments.get(focal, id);
        Assertions.assertThat(afterMiss.timeliness()).isEqualTo(Timeliness.ONGOING);
        Assertions.assertThat(afterMiss.reportEvery()).isEqualTo("P14D");
        Assertions.assertThat(afterMiss.periods()).extracting(p -> p.period() + " " + p.due() + " " + p.overdue())
                .containsExactly("1 2024-03-18 false", "2 2024-04-01 true");
        Assertions.assertThat(time.notificationsOf(focal)).extracting(n -> n.kind() + " " + n.at().toLocalDateTime())
                .containsExactly("TASK_ASSIGNED 2024-03-04T09:00", "REMINDER 2024-03-13T08:00",
                        "REMINDER 2024-03-27T08:00", "OVERDUE 2024-04-02T00:00");
        Assertions.assertThat(time.notificationsOf(world.unitHead(World.SO_A))).extracting(n -> n.kind())
                .containsExactly(NotificationKind.OVERDUE);

        AssignmentDetail late = assignments.report(focal, id, new CompletionReport("Kỳ 2: báo cáo muộn"));
        Assertions.assertThat(late.periods()).extracting(p -> p.period() + " " + p.due() + " " + p.overdue())
                .containsExactly("1 2024-03-18 false", "2 2024-04-01 true", "3 2024-04-15 false");
        Assertions.assertThat(late.actions()).contains(AssignmentAction.REPORT);
        Assertions.assertThat(assignments.get(world.secretariat(), id).actions())
                .contains(AssignmentAction.CLOSE_DIRECTIVE);

        Assertions.assertThatThrownBy(() -> directives.close(focal, issued.directives().get(0).id(), null))
                .isInstanceOf(ForbiddenException.class);
        directives.close(world.secretariat(), issued.directives().get(0).id(), new CloseInput("Đã đi vào nền nếp"));

        AssignmentDetail closed = assignments.get(focal, id);
        Assertions.assertThat(closed.status()).isEqualTo(AssignmentStatus.DONE);
        Assertions.assertThat(closed.timeliness()).isEqualTo(Timeliness.ONGOING);
        Assertions.assertThat(closed.history()).extracting("action").endsWith("PERIODIC_REPORTED", "CLOSED");
        assertThat(process).hasPassed(END_CLOSED).isEnded();
        Assertions.assertThat(processes.jobsOf(process)).isEmpty();
        Assertions.assertThatThrownBy(() -> directives.close(world.secretariat(), issued.directives().get(0).id(), null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAnOngoingDirectiveIsClosedAndOnlyItHasAReportingPeriod() {
        ConclusionDetail issued = issue(Drafts.inWorkingDays(10, World.SO_A));
        Assertions.assertThatThrownBy(() -> directives.close(world.secretariat(), issued.directives().get(0).id(), null))
                .isInstanceOf(ConflictException.class);
        DirectiveDraft dated = new DirectiveDraft("x", World.SO_A, java.util.List.of(), ISSUED.plusDays(9), false, false,
                null, null, "P1M");
        DirectiveDraft tooOften = Drafts.ongoingEvery("P1D", World.SO_A);
        Assertions.assertThatThrownBy(() -> fixtures.issue(world, Drafts.conclusion(ISSUED, dated, tooOften)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> Assertions.assertThat(e.errors())
                        .extracting("field").containsExactly("directives[0].reportEvery", "directives[1].reportEvery"));
    }

    @Test
    void cancellingADirectiveEndsEveryUnitsProcessAndKeepsTheHistory() {
        ConclusionDetail issued = issue(Drafts.inWorkingDays(10, World.SO_A, World.SO_B));
        long directiveId = issued.directives().get(0).id();
        Map<String, Long> ids = new HashMap<>();
        issued.directives().get(0).assignments().forEach(a -> ids.put(a.unitCode(), a.id()));
        ProcessInstance lead = processes.ofAssignment(ids.get(World.SO_A));
        ProcessInstance coordinator = processes.ofAssignment(ids.get(World.SO_B));
        assignments.acknowledge(focal, ids.get(World.SO_A));

        Assertions.assertThatThrownBy(() -> directives.cancel(world.secretariat(), directiveId, new CancelInput(" ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> Assertions.assertThat(e.errors()).extracting("field").containsExactly("reason"));
        ConclusionDetail after = directives.cancel(world.secretariat(), directiveId, new CancelInput("Không còn phù hợp"));

        Assertions.assertThat(after.directives().get(0).cancelled()).isTrue();
        Assertions.assertThat(after.history()).extracting("action").contains("DIRECTIVE_CANCELLED");
        for (String unit : ids.keySet()) {
            AssignmentDetail cancelled = assignments.get(world.secretariat(), ids.get(unit));
            Assertions.assertThat(cancelled.status()).isEqualTo(AssignmentStatus.CANCELLED);
            Assertions.assertThat(cancelled.timeliness()).isEqualTo(Timeliness.CANCELLED);
            Assertions.assertThat(cancelled.history()).extracting("action").startsWith("ASSIGNED").endsWith("CANCELLED");
            Assertions.assertThat(cancelled.actions()).isEmpty();
        }
        assertThat(lead).hasPassed(END_CANCELLED).isEnded();
        assertThat(coordinator).hasPassed(END_CANCELLED).isEnded();
        Assertions.assertThat(processes.jobsOf(lead)).isEmpty();
        time.runUntil(LocalDate.of(2024, 4, 30), 9, 0, lead, coordinator);
        // told of the task and of its cancellation, and of nothing the ended watch would have said
        Assertions.assertThat(time.notificationsOf(focal)).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.TASK_ASSIGNED, NotificationKind.DIRECTIVE_CANCELLED);
        Assertions.assertThatThrownBy(() -> directives.cancel(world.secretariat(), directiveId, new CancelInput("lại")))
                .isInstanceOf(ConflictException.class);
        Assertions.assertThatThrownBy(() -> assignments.acknowledge(world.focalPoint(World.SO_B), ids.get(World.SO_B)))
                .isInstanceOf(ConflictException.class);
    }

    private ConclusionDetail issue(DirectiveDraft directive) {
        return fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3), directive));
    }
}
