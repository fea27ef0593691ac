package vn.chidao.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

class InboxViewTest extends KaribuSupport {

    @Autowired
    AssignmentService assignments;
    @Autowired
    Steps steps;

    @Test
    void aFocalPointSeesExactlyTheOpenTasksOfTheirUnitWithDaysLeft() {
        World world = fixtures.newWorld();
        LocalDate today = LocalDate.of(2024, 3, 5);
        time.startAt(today, 9, 0);
        ConclusionDetail later = fixtures.issue(world, draft(World.SO_A, today.plusDays(30)));
        ConclusionDetail overdue = fixtures.issue(world, draft(World.SO_A, today.minusDays(1)));
        fixtures.issue(world, draft(World.SO_B, today.plusDays(2)));

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);

        Grid<TaskItem> grid = inboxGrid();
        List<TaskItem> rows = _findAll(grid);
        assertThat(rows).extracting(TaskItem::assignmentId).containsExactly(
                Fixtures.assignmentOf(overdue, World.SO_A), Fixtures.assignmentOf(later, World.SO_A));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.unitCode()).isEqualTo(World.SO_A);
            assertThat(row.kind()).isEqualTo(TaskKind.ACKNOWLEDGE);
        });
        Span overdueDays = (Span) _getCellComponent(grid, 0, "daysLeft");
        assertThat(overdueDays.getText()).isEqualTo("quá hạn 1 ngày làm việc");
        assertThat(overdueDays.getClassNames()).contains("chidao-days-overdue");
        Span laterDays = (Span) _getCellComponent(grid, 1, "daysLeft");
        assertThat(laterDays.getText()).isEqualTo("còn 22 ngày làm việc");
        assertThat(laterDays.getClassNames()).contains("chidao-days-ok");
    }

    @Test
    void aDeadlineWithinThreeDaysIsMarkedSoon() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 3, 5), 9, 0);
        fixtures.issue(world, draft(World.SO_B, LocalDate.of(2024, 3, 7)));

        loginAs(world.focalPoint(World.SO_B));
        UI.getCurrent().navigate(InboxView.class);

        Span days = (Span) _getCellComponent(inboxGrid(), 0, "daysLeft");
        assertThat(days.getText()).isEqualTo("còn 2 ngày làm việc");
        assertThat(days.getClassNames()).contains("chidao-days-soon");
    }

    @Test
    void acknowledgingFromTheInboxStartsTheWorkAndTurnsTheRowIntoAReport() {
        World world = fixtures.newWorld();
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        long id = Fixtures.assignmentOf(issued, World.SO_A);

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);
        _click((Button) _getCellComponent(inboxGrid(), 0, "action"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(world.focalPoint(World.SO_A), id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        expectNotifications("Đã tiếp nhận nhiệm vụ.");
        List<TaskItem> rows = _findAll(inboxGrid());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).kind()).isEqualTo(TaskKind.REPORT);
        assertThat(rows.get(0).assignmentId()).isEqualTo(id);
    }

    @Test
    void quickFiltersShowTheirCountsAndNarrowTheListToOverdueDueThisWeekAwaitingMyReportOrReturned() {
        World world = fixtures.newWorld();
        LocalDate wednesday = LocalDate.of(2024, 3, 6);
        time.startAt(wednesday, 9, 0);
        long overdue = Fixtures.assignmentOf(fixtures.issue(world, draft(World.SO_A, wednesday.minusDays(1))),
                World.SO_A);
        long friday = Fixtures.assignmentOf(fixtures.issue(world, draft(World.SO_A, LocalDate.of(2024, 3, 8))),
                World.SO_A);
        long returned = Fixtures.assignmentOf(fixtures.issue(world, draft(World.SO_A, wednesday.plusDays(30))),
                World.SO_A);
        steps.reported(world, returned, World.SO_A);
        assignments.review(world.secretariat(), returned, Steps.giveBack("Thiếu số liệu"));

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);
        expectRows(inboxGrid(), 3);
        assertThat(chipCount("ALL")).isEqualTo("3");
        assertThat(chipCount("OVERDUE")).isEqualTo("1");
        assertThat(chipCount("DUE_THIS_WEEK")).isEqualTo("1");
        assertThat(chipCount("AWAITING_REPORT")).isEqualTo("1");
        assertThat(chipCount("RETURNED")).isEqualTo("1");
        assertThat(chip("OVERDUE").getClassNames()).contains("chidao-chip-alert");

        _click(chip("OVERDUE"));
        assertThat(_findAll(inboxGrid())).extracting(TaskItem::assignmentId).containsExactly(overdue);
        assertThat(chip("OVERDUE").getClassNames()).contains("chidao-chip-on");
        assertThat(chip("OVERDUE").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chip("ALL").getClassNames()).doesNotContain("chidao-chip-on");
        assertThat(((Span) _getCellComponent(inboxGrid(), 0, "daysLeft")).getClassNames())
                .contains("chidao-days-overdue");

        _click(chip("DUE_THIS_WEEK"));
        assertThat(_findAll(inboxGrid())).extracting(TaskItem::assignmentId).containsExactly(friday);
        _click(chip("RETURNED"));
        assertThat(_findAll(inboxGrid())).extracting(TaskItem::assignmentId, TaskItem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(returned, TaskKind.REPORT));
        _click(chip("ALL"));
        expectRows(inboxGrid(), 3);
    }

    @Test
    void aSignOffOfAReportSentOnTimeWaitsWhileAPeriodsReportPastItsDueDayIsOverdue() {
        World world = fixtures.newWorld();
        LocalDate monday = LocalDate.of(2024, 3, 4);
        time.startAt(monday, 9, 0);
        ConclusionDetail notice = fixtures.issue(world, vn.chidao.support.Drafts.conclusion(monday.minusDays(1),
                vn.chidao.support.Drafts.signedOff(vn.chidao.support.Drafts.due(monday.plusDays(4), World.SO_A)),
                vn.chidao.support.Drafts.ongoingEvery("P1M", World.SO_B)));
        long signOff = Fixtures.assignmentOf(notice, World.SO_A);
        long ongoing = notice.directives().get(1).assignments().get(0).id();
        steps.reported(world, signOff, World.SO_A);
        steps.accepted(world, signOff);
        assignments.acknowledge(world.focalPoint(World.SO_B), ongoing);
        time.startAt(LocalDate.of(2024, 4, 10), 9, 0);

        loginAs(world.leader());
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_findAll(inboxGrid())).extracting(TaskItem::kind).containsExactly(TaskKind.SIGN_OFF);
        Span waited = (Span) _getCellComponent(inboxGrid(), 0, "daysLeft");
        assertThat(waited.getText()).startsWith("chờ ").endsWith(" ngày làm việc");
        assertThat(waited.getClassNames()).contains("chidao-days-waiting").doesNotContain("chidao-days-overdue");
        assertThat(chipCount("OVERDUE")).isEqualTo("0");

        loginAs(world.focalPoint(World.SO_B));
        UI.getCurrent().navigate(InboxView.class);
        List<TaskItem> rows = _findAll(inboxGrid());
        assertThat(rows).extracting(TaskItem::kind).containsExactly(TaskKind.PERIODIC_REPORT);
        assertThat(rows.get(0).deadline()).isEqualTo(LocalDate.of(2024, 4, 4));
        Span late = (Span) _getCellComponent(inboxGrid(), 0, "daysLeft");
        assertThat(late.getClassNames()).contains("chidao-days-overdue");
        assertThat(late.getText()).startsWith("quá hạn");
        assertThat(chipCount("OVERDUE")).isEqualTo("1");

        UI.getCurrent().navigate("register");
        Grid<?> register = _get(Grid.class, spec -> spec.withId("register-grid"));
        Div status = (Div) _getCellComponent(register, 0, "status");
        assertThat(status.getChildren().filter(c -> c.hasClassName("chidao-late-period"))
                .map(c -> ((Span) c).getText())).containsExactly("Kỳ 1 quá hạn báo cáo");
    }

    @Test
    void theSearchNarrowsTheListAndTheCountsAndOffersAWayBackWhenNothingMatches() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 3, 6), 9, 0);
        fixtures.issue(world, draft("Lập danh mục dữ liệu mở", World.SO_A, LocalDate.of(2024, 3, 5)));
        ConclusionDetail plan = fixtures.issue(world, draft("Xây dựng kế hoạch chuyển đổi số", World.SO_A,
                LocalDate.of(2024, 4, 30)));

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);
        TextField search = _get(TextField.class, spec -> spec.withId("inbox-search"));
        _setValue(search, "KẾ HOẠCH");

        assertThat(_findAll(inboxGrid())).extracting(TaskItem::assignmentId)
                .containsExactly(Fixtures.assignmentOf(plan, World.SO_A));
        assertThat(chipCount("ALL")).isEqualTo("1");
        assertThat(chipCount("OVERDUE")).isEqualTo("0");

        _click(chip("OVERDUE"));
        _assertNone(Grid.class);
        assertThat(_get(Div.class, spec -> spec.withId("inbox-no-match")).getElement().getTextRecursively())
                .contains("Không có việc nào khớp bộ lọc");

        _click(_get(Button.class, spec -> spec.withId("inbox-show-all")));
        assertThat(search.getValue()).isEmpty();
        expectRows(inboxGrid(), 2);
        assertThat(chip("ALL").getClassNames()).contains("chidao-chip-on");
    }

    @Test
    void theFilterAndTheWordsComeFromTheAddress() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 3, 6), 9, 0);
        ConclusionDetail late = fixtures.issue(world, draft("Lập danh mục dữ liệu mở", World.SO_A,
                LocalDate.of(2024, 3, 5)));
        fixtures.issue(world, draft("Rà soát dữ liệu dân cư", World.SO_A, LocalDate.of(2024, 3, 4)));
        fixtures.issue(world, draft("Lập danh mục thủ tục", World.SO_A, LocalDate.of(2024, 4, 30)));

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("filter", "OVERDUE", "q", "danh mục")));

        assertThat(_findAll(inboxGrid())).extracting(TaskItem::assignmentId)
                .containsExactly(Fixtures.assignmentOf(late, World.SO_A));
        assertThat(chip("OVERDUE").getClassNames()).contains("chidao-chip-on");
        assertThat(_get(TextField.class, spec -> spec.withId("inbox-search")).getValue()).isEqualTo("danh mục");
    }

    @Test
    void theAmberWindowFollowsEachDirectivesReminderDays() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 3, 4), 9, 0);
        LocalDate friday = LocalDate.of(2024, 3, 8);
        fixtures.issue(world, draft("Nhắc trước năm ngày", World.SO_A, friday, 5));
        time.startAt(LocalDate.of(2024, 3, 4), 9, 1);
        fixtures.issue(world, draft("Nhắc trước hai ngày", World.SO_A, friday, 2));

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);

        Grid<TaskItem> grid = inboxGrid();
        assertThat(_findAll(grid)).extracting(TaskItem::reminderDays).containsExactly(5, 2);
        Span wide = (Span) _getCellComponent(grid, 0, "daysLeft");
        Span narrow = (Span) _getCellComponent(grid, 1, "daysLeft");
        assertThat(wide.getText()).isEqualTo("còn 4 ngày làm việc");
        assertThat(wide.getClassNames()).contains("chidao-days-soon");
        assertThat(narrow.getText()).isEqualTo("còn 4 ngày làm việc");
        assertThat(narrow.getClassNames()).contains("chidao-days-ok").doesNotContain("chidao-days-soon");
    }

    @Test
    void someoneWithNothingToDoSeesAFriendlyEmptyState() {
        World world = fixtures.newWorld();
        fixtures.issue(world, fixtures.draft());

        loginAs(world.unitHead(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);

        assertThat(_get(Div.class, spec -> spec.withId("inbox-empty")).getElement().getTextRecursively())
                .contains("Không có việc nào đang chờ bạn");
        _assertNone(Grid.class);
    }

    @Test
    void theNavigationListsOnlyTheScreensTheRoleMayOpen() {
        World world = fixtures.newWorld();

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);
        assertThat(navigationPaths()).contains("", "register").doesNotContain("review");

        loginAs(world.secretariat());
        UI.getCurrent().navigate(InboxView.class);
        assertThat(navigationPaths()).contains("", "review", "register");
    }

    @Test
    void eachRowSaysTheUnitsRoleAndAReturnedReportIsMarked() {
        World world = fixtures.newWorld();
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        long lead = Fixtures.assignmentOf(issued, World.SO_A);

        loginAs(world.focalPoint(World.HUYEN_A));
        UI.getCurrent().navigate(InboxView.class);
        assertThat(((Span) _getCellComponent(inboxGrid(), 0, "role")).getText()).isEqualTo("Phối hợp");

        steps.reported(world, lead, World.SO_A);
        assignments.review(world.secretariat(), lead, Steps.giveBack("Thiếu số liệu"));
        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);

        assertThat(_findAll(inboxGrid())).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(TaskKind.REPORT);
            assertThat(row.returned()).isTrue();
        });
        assertThat(((Span) _getCellComponent(inboxGrid(), 0, "role")).getText()).isEqualTo("Chủ trì");
        Div title = (Div) _getCellComponent(inboxGrid(), 0, "title");
        assertThat(_get(title, Span.class, spec -> spec.withClasses("chidao-returned")).getText())
                .isEqualTo("Bị trả lại");
    }

    @Test
    void aReportNeverReturnedIsNotMarked() {
        World world = fixtures.newWorld();
        long lead = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), lead);

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);

        assertThat(_findAll(inboxGrid())).singleElement().satisfies(row -> assertThat(row.returned()).isFalse());
        _assertNone(Span.class, spec -> spec.withClasses("chidao-returned"));
    }

    @Test
    void anAdministratorWithNoOtherRoleLandsOnTheAdministrationNotAnEmptyInbox() {
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("");

        assertThat(getCurrentPath()).isEqualTo("admin/governments");
        _get(Grid.class, spec -> spec.withId("governments"));
        _assertNone(Div.class, spec -> spec.withId("inbox-empty"));

        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("");
        assertThat(getCurrentPath()).isEqualTo("admin/users");
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskItem> inboxGrid() {
        return _get(Grid.class, spec -> spec.withId("inbox-grid"));
    }

    private static Button chip(String filter) {
        return _get(Button.class, spec -> spec.withId("inbox-filter-" + filter));
    }

    private static String chipCount(String filter) {
        return ((Span) chip(filter).getSuffixComponent()).getText();
    }

    private static List<String> navigationPaths() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getPath).toList();
    }

    private ConclusionDraft draft(String lead, LocalDate deadline) {
        return draft("Rà soát hạ tầng số của " + lead, lead, deadline);
    }

    private ConclusionDraft draft(String content, String lead, LocalDate deadline) {
        return draft(content, lead, deadline, 3);
    }

    private ConclusionDraft draft(String content, String lead, LocalDate deadline, int reminderDays) {
        LocalDate meeting = time.now().atZone(Dates.ZONE).toLocalDate().minusDays(2);
        return new ConclusionDraft("Ban Chỉ đạo chuyển đổi số", meeting, "Kết luận phiên họp",
                List.of(new DirectiveDraft(content, lead, List.of(), deadline, false, false, null, reminderDays, null)));
    }
}
