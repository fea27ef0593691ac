package vn.chidao.assignment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.chidao.assignment.DirectiveAssignmentProcess.END_DONE;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_ACKNOWLEDGE;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_REPORT;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_PERIODIC_REPORT;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_REVIEW;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TIMER_REMINDER_BEFORE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/** The directive-assignment process of one unit, driven through AssignmentService. */
@ChidaoTest
class DirectiveAssignmentProcessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String WATCH = DirectiveAssignmentProcess.SUBPROCESS_DEADLINE_WATCH;

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TimeTravel time;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
        time.reset();
    }

    @Test
    void theAssignmentStatusFollowsTheProcessFromAssignedToDone() {
        World world = fixtures.newWorld();
        Actor focalPoint = world.focalPoint(World.SO_A);
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        ProcessInstance process = processes.ofAssignment(id);
        assertThat(process).isWaitingAtExactly(TASK_ACKNOWLEDGE, WATCH, TIMER_REMINDER_BEFORE);
        Assertions.assertThat(assignments.get(focalPoint, id).status()).isEqualTo(AssignmentStatus.ASSIGNED);

        Assertions.assertThat(assignments.acknowledge(focalPoint, id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(process).isWaitingAtExactly(TASK_REPORT, WATCH, TIMER_REMINDER_BEFORE);

        AssignmentDetail progressed = assignments.progress(focalPoint, id, new ProgressUpdate(40, "Đã có dự thảo"));
        Assertions.assertThat(progressed.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        Assertions.assertThat(progressed.progressPercent()).isEqualTo(40);
        assertThat(process).isWaitingAtExactly(TASK_REPORT, WATCH, TIMER_REMINDER_BEFORE);

        AssignmentDetail reported = assignments.report(focalPoint, id, new CompletionReport("Đã ban hành kế hoạch"));
        Assertions.assertThat(reported.status()).isEqualTo(AssignmentStatus.AWAITING_REVIEW);
        assertThat(process).isWaitingAtExactly(TASK_REVIEW, WATCH, TIMER_REMINDER_BEFORE);

        AssignmentDetail done = assignments.review(world.secretariat(), id, Steps.accept());
        Assertions.assertThat(done.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(process).hasPassedInOrder(TASK_ACKNOWLEDGE, TASK_REPORT, TASK_REVIEW, END_DONE).isEnded();
    }

    @Test
    void aReturnedReportGoesBackToTheUnitUntilItIsAccepted() {
        World world = fixtures.newWorld();
        Actor focalPoint = world.focalPoint(World.SO_A);
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        ProcessInstance process = processes.ofAssignment(id);
        steps.reported(world, id, World.SO_A);

        AssignmentDetail returned = assignments.review(world.secretariat(), id, Steps.giveBack("Thiếu số liệu"));

        Assertions.assertThat(returned.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(process).hasPassed(TASK_REVIEW).isWaitingAtExactly(TASK_REPORT, WATCH, TIMER_REMINDER_BEFORE).isNotEnded();
        Assertions.assertThat(returned.history()).last()
                .satisfies(e -> Assertions.assertThat(e.action()).isEqualTo("RETURNED"))
                .satisfies(e -> Assertions.assertThat(e.comment()).isEqualTo("Thiếu số liệu"));

        assignments.report(focalPoint, id, new CompletionReport("Đã bổ sung số liệu"));
        assertThat(process).isWaitingAtExactly(TASK_REVIEW, WATCH, TIMER_REMINDER_BEFORE);
        AssignmentDetail done = assignments.review(world.secretariat(), id, Steps.accept());

        assertThat(process).isEnded();
        Assertions.assertThat(done.status()).isEqualTo(AssignmentStatus.DONE);
        Assertions.assertThat(done.report()).isEqualTo("Đã bổ sung số liệu");
        Assertions.assertThat(done.history()).extracting("action")
                .containsExactly("ASSIGNED", "ACKNOWLEDGED", "REPORTED", "RETURNED", "REPORTED", "ACCEPTED");
    }

    @Test
    void theUnitsTasksGoToItsFocalPointsDueAtTheEndOfTheDeadlineDayAndTheReviewToTheSecretariat() {
        World world = fixtures.newWorld();
        LocalDate meeting = steps.today();
        LocalDate deadline = meeting.plusDays(10);
        long id = Fixtures.assignmentOf(fixtures.issue(world,
                Drafts.conclusion(meeting, Drafts.due(deadline, World.SO_A))), World.SO_A);
        ProcessInstance process = processes.ofAssignment(id);
        String unitGroup = "unit:" + world.focalPoint(World.SO_A).unitId();
        Date endOfDeadlineDay = Date.from(deadline.atTime(LocalTime.of(23, 59, 59)).atZone(VIETNAM).toInstant());

        Task acknowledge = task(process);
        assertThat(acknowledge).hasDefinitionKey(TASK_ACKNOWLEDGE).hasCandidateGroup(unitGroup);
        Assertions.assertThat(acknowledge.getDueDate()).hasSameTimeAs(endOfDeadlineDay);

        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        Task report = task(process);
        assertThat(report).hasDefinitionKey(TASK_REPORT).hasCandidateGroup(unitGroup);
        Assertions.assertThat(report.getDueDate()).hasSameTimeAs(endOfDeadlineDay);

        assignments.report(world.focalPoint(World.SO_A), id, new CompletionReport("Xong"));
        assertThat(task(process)).hasDefinitionKey(TASK_REVIEW)
                .hasCandidateGroup("secretariat:" + world.government().id());
    }

    @Test
    void anOngoingDirectiveHasNoDeadlineItsPeriodicReportIsDueMonthlyAndItIsCountedAsOngoing() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 3, 4), 9, 0);
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(steps.today(), Drafts.ongoing(World.SO_A)));
        long id = Fixtures.assignmentOf(issued, World.SO_A);
        ProcessInstance process = processes.ofAssignment(id);

        Assertions.assertThat(task(process).getDueDate()).isNull();
        Assertions.assertThat(assignments.get(world.secretariat(), id).timeliness()).isEqualTo(Timeliness.ONGOING);
        Assertions.assertThat(assignments.get(world.secretariat(), id).deadline()).isNull();

        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        Task periodic = task(process);
        assertThat(periodic).hasDefinitionKey(TASK_PERIODIC_REPORT);
        Assertions.assertThat(periodic.getDueDate()).hasSameTimeAs(
                Date.from(LocalDate.of(2024, 4, 4).atTime(LocalTime.of(23, 59, 59)).atZone(VIETNAM).toInstant()));
        Assertions.assertThat(assignments.get(world.secretariat(), id).timeliness()).isEqualTo(Timeliness.ONGOING);
        Assertions.assertThat(assignments.get(world.secretariat(), id).reportEvery()).isEqualTo("P1M");
    }
}
