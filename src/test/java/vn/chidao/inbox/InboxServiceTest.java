package vn.chidao.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.Urgency;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The inbox's quick filters and search, on tasks made through the services on the real calendar: issued Monday
 * 4/3/2024 (a plain working week, Monday 4 to Friday 8), then looked at on Wednesday 6/3 and on Saturday 9/3.
 */
@ChidaoTest
class InboxServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2024, 3, 4);
    static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 6);
    static final LocalDate FRIDAY = LocalDate.of(2024, 3, 8);
    static final LocalDate LATER = LocalDate.of(2024, 4, 30);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;
    @Autowired
    TimeTravel time;
    @Autowired
    InboxService inbox;
    @Autowired
    AssignmentService assignments;

    World world;
    Actor focal;
    ConclusionDetail numbered;
    long overdue;
    long dueFriday;
    long dueSunday;
    long dueNextMonday;
    long returned;
    long signOffReturned;
    long inProgress;
    long ongoing;
    long contribution;
    List<ProcessInstance> instances;

    @BeforeEach
    void aUnitWithTasksOfEveryKind() {
        world = fixtures.newWorld();
        focal = world.focalPoint(World.SO_A);
        time.startAt(MONDAY, 9, 0);
        overdue = issue(directive("Rà soát hạ tầng số của sở", LocalDate.of(2024, 3, 5), 3));
        dueFriday = issue(directive("Lập danh mục dữ liệu mở", FRIDAY, 3));
        numbered = fixtures.issue(world, Drafts.conclusion(MONDAY.minusDays(3),
                directive("Báo cáo sơ kết quý I", LocalDate.of(2024, 3, 10), 3)));
        dueSunday = Fixtures.assignmentOf(numbered, World.SO_A);
        dueNextMonday = issue(directive("Tổng hợp ý kiến doanh nghiệp", LocalDate.of(2024, 3, 11), 3));
        returned = issue(directive("Xây dựng kế hoạch chuyển đổi số", LATER, 3));
        signOffReturned = issue(Drafts.signedOff(directive("Đề án đô thị thông minh", LATER, 3)));
        inProgress = issue(directive("Cập nhật cổng dịch vụ công", LATER, 3));
        ongoing = issue(new DirectiveDraft("Theo dõi an toàn thông tin", World.SO_A, List.of(), null, true, false));
        contribution = issue(new DirectiveDraft("Góp ý quy chế phối hợp", World.SO_B, List.of(World.SO_A), LATER,
                false, false));
        issueFor(World.SO_B, directive("Việc của sở B đã quá hạn", LocalDate.of(2024, 3, 5), 3));

        steps.reported(world, returned, World.SO_A);
        assignments.review(world.secretariat(), returned, Steps.giveBack("Thiếu số liệu"));
        steps.reported(world, signOffReturned, World.SO_A);
        steps.accepted(world, signOffReturned);
        assignments.signOff(world.leader(), signOffReturned, Steps.giveBack("Chưa rõ kinh phí"));
        for (long id : List.of(inProgress, ongoing, contribution)) {
            assignments.acknowledge(focal, id);
        }
        instances = List.of(processes.ofAssignment(overdue), processes.ofAssignment(dueFriday),
                processes.ofAssignment(dueSunday), processes.ofAssignment(dueNextMonday));
        time.runUntil(WEDNESDAY, 10, 0, instances.toArray(ProcessInstance[]::new));
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void overdueKeepsTheTasksPastTheirDeadlineAndShowsThemRed() {
        List<TaskItem> found = tasks(QuickFilter.OVERDUE);

        assertThat(found).extracting(TaskItem::assignmentId).containsExactly(overdue);
        assertThat(found.get(0).urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(found.get(0).daysLeft()).isEqualTo(-1);
        assertThat(time.notificationsOf(focal)).extracting(n -> n.kind().name()).contains("OVERDUE");
    }

    @Test
    void dueThisWeekRunsFromTodayToTheEndOfTheWorkingWeek() {
        assertThat(ids(tasks(QuickFilter.DUE_THIS_WEEK))).containsExactly(dueFriday, dueSunday);

        Page<TaskItem> first = inbox.tasks(focal, filter(QuickFilter.DUE_THIS_WEEK), PageRequest.of(0, 1));
        Page<TaskItem> second = inbox.tasks(focal, filter(QuickFilter.DUE_THIS_WEEK), PageRequest.of(1, 1));
        assertThat(first.getTotalElements()).isEqualTo(2);
        assertThat(ids(first.getContent())).containsExactly(dueFriday);
        assertThat(ids(second.getContent())).containsExactly(dueSunday);
    }

    @Test
    void onASaturdayTheWeekIsTheComingOneAndFridaysDeadlineHasPassed() {
        time.runUntil(LocalDate.of(2024, 3, 9), 10, 0, instances.toArray(ProcessInstance[]::new));

        assertThat(ids(tasks(QuickFilter.DUE_THIS_WEEK))).containsExactly(dueSunday, dueNextMonday);
        List<TaskItem> late = tasks(QuickFilter.OVERDUE);
        assertThat(ids(late)).containsExactly(overdue, dueFriday);
        TaskItem friday = late.get(1);
        assertThat(friday.daysLeft()).as("no working day has passed since Friday").isZero();
        assertThat(friday.urgency()).isEqualTo(Urgency.OVERDUE);
    }

    @Test
    void awaitingMyReportKeepsTheReportsPeriodicReportsAndContributions() {
        List<TaskItem> found = tasks(QuickFilter.AWAITING_REPORT);

        assertThat(ids(found)).containsExactlyInAnyOrder(returned, signOffReturned, inProgress, ongoing, contribution);
        assertThat(found).extracting(TaskItem::kind).containsOnly(TaskKind.REPORT, TaskKind.PERIODIC_REPORT,
                TaskKind.CONTRIBUTE);
    }

    @Test
    void returnedKeepsTheReportsWhoseLatestReviewOrSignOffReturnedThem() {
        assertThat(ids(tasks(QuickFilter.RETURNED))).containsExactlyInAnyOrder(returned, signOffReturned);

        assignments.report(focal, returned, new CompletionReport("Đã bổ sung số liệu"));

        assertThat(ids(tasks(QuickFilter.RETURNED))).containsExactly(signOffReturned);
        assignments.review(world.secretariat(), returned, Steps.accept());
        assertThat(ids(tasks(QuickFilter.RETURNED))).containsExactly(signOffReturned);
    }

    @Test
    void everyFilterCountsWhatItListsAndNeverAnotherUnitsWork() {
        assertThat(inbox.count(focal, InboxFilter.ALL)).isEqualTo(9);
        for (QuickFilter quick : QuickFilter.values()) {
            assertThat(inbox.count(focal, filter(quick))).as(quick.name()).isEqualTo(tasks(quick).size());
        }
        assertThat(inbox.tasks(focal, InboxFilter.ALL, PageRequest.of(0, 50)).getContent())
                .allSatisfy(t -> assertThat(t.unitCode()).isEqualTo(World.SO_A));
        assertThat(inbox.count(world.focalPoint(World.SO_B), filter(QuickFilter.OVERDUE))).isEqualTo(1);
        assertThat(inbox.count(world.unitHead(World.SO_A), InboxFilter.ALL)).isZero();
    }

    @Test
    void theSearchFindsWordsOfTheDirectiveOrTheConclusionNumberAndCombinesWithTheFilters() {
        assertThat(ids(search(null, "HẠ TẦNG"))).containsExactly(overdue);
        assertThat(ids(search(null, numbered.number()))).containsExactly(dueSunday);
        assertThat(ids(search(QuickFilter.AWAITING_REPORT, "chuyển đổi số"))).containsExactly(returned);
        assertThat(search(QuickFilter.OVERDUE, "danh mục dữ liệu")).isEmpty();
        assertThat(search(null, "không có nhiệm vụ nào như thế")).isEmpty();
        assertThat(search(null, "100%")).isEmpty();
        assertThatThrownBy(() -> InboxFilter.ALL.withText("x".repeat(InboxFilter.MAX_TEXT + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSearchFindsAConclusionWaitingForApprovalByItsTitleButNoQuickFilterKeepsIt() {
        steps.submitted(world, Drafts.conclusion(MONDAY, directive("Việc mới", LATER, 3)));

        List<TaskItem> found = inbox.tasks(world.leader(), InboxFilter.ALL.withText("phiên họp 2024-03-04"),
                PageRequest.of(0, 20)).getContent();

        assertThat(found).extracting(TaskItem::kind).containsExactly(TaskKind.APPROVE_CONCLUSION);
        assertThat(found.get(0).urgency()).isEqualTo(Urgency.WAITING);
        assertThat(found.get(0).waitingDays()).isZero();
        assertThat(inbox.count(world.leader(), new InboxFilter(Set.of(), QuickFilter.OVERDUE, "phiên họp"))).isZero();
    }

    @Test
    void theAmberWindowFollowsTheDirectivesReminderDays() {
        World other = fixtures.newWorld();
        Actor soA = other.focalPoint(World.SO_A);
        time.startAt(MONDAY, 9, 0);
        long wide = issue(other, directive("Nhắc trước năm ngày", FRIDAY, 5));
        long exact = issue(other, directive("Nhắc trước bốn ngày", FRIDAY, 4));
        long narrow = issue(other, directive("Nhắc trước hai ngày", FRIDAY, 2));
        long today = issue(other, directive("Hạn hôm nay, không nhắc trước", MONDAY, 0));

        List<TaskItem> found = inbox.tasks(soA, InboxFilter.ALL, PageRequest.of(0, 20)).getContent();

        assertThat(found).allSatisfy(t -> assertThat(t.daysLeft()).isIn(0L, 4L));
        assertThat(urgencyOf(found, wide)).isEqualTo(Urgency.DUE_SOON);
        assertThat(urgencyOf(found, exact)).isEqualTo(Urgency.DUE_SOON);
        assertThat(urgencyOf(found, narrow)).isEqualTo(Urgency.ON_TIME);
        assertThat(urgencyOf(found, today)).isEqualTo(Urgency.DUE_SOON);
        assertThat(found).filteredOn(t -> t.assignmentId() == narrow).extracting(TaskItem::reminderDays)
                .containsExactly(2);
    }

    private static Urgency urgencyOf(List<TaskItem> tasks, long assignmentId) {
        return tasks.stream().filter(t -> t.assignmentId() == assignmentId).findFirst().orElseThrow().urgency();
    }

    private List<TaskItem> tasks(QuickFilter quick) {
        return inbox.tasks(focal, filter(quick), PageRequest.of(0, 50)).getContent();
    }

    private List<TaskItem> search(QuickFilter quick, String text) {
        return inbox.tasks(focal, new InboxFilter(Set.of(), quick, text), PageRequest.of(0, 50)).getContent();
    }

    private static InboxFilter filter(QuickFilter quick) {
        return InboxFilter.ALL.withQuick(quick);
    }

    private static List<Long> ids(List<TaskItem> tasks) {
        return tasks.stream().map(TaskItem::assignmentId).toList();
    }

    private static DirectiveDraft directive(String content, LocalDate deadline, int reminderDays) {
        return new DirectiveDraft(content, World.SO_A, List.of(), deadline, false, false, null, reminderDays, null);
    }

    private long issue(DirectiveDraft directive) {
        return issue(world, directive);
    }

    private long issue(World in, DirectiveDraft directive) {
        return Fixtures.assignmentOf(fixtures.issue(in, Drafts.conclusion(MONDAY.minusDays(3), directive)),
                World.SO_A);
    }

    private void issueFor(String unit, DirectiveDraft directive) {
        fixtures.issue(world, Drafts.conclusion(MONDAY.minusDays(3), new DirectiveDraft(directive.content(), unit,
                List.of(), directive.deadline(), false, false)));
    }
}
