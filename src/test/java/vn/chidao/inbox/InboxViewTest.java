package vn.chidao.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class InboxViewTest extends KaribuSupport {

    @Autowired
    AssignmentService assignments;

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
    void kindChipsNarrowTheListAndShowTheirCounts() {
        World world = fixtures.newWorld();
        ConclusionDetail first = fixtures.issue(world, fixtures.draft());
        fixtures.issue(world, fixtures.draft());
        assignments.acknowledge(world.focalPoint(World.SO_A), Fixtures.assignmentOf(first, World.SO_A));

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);
        expectRows(inboxGrid(), 2);
        assertThat(chipCount("ALL")).isEqualTo("2");
        assertThat(chipCount("REPORT")).isEqualTo("1");

        _click(_get(Button.class, spec -> spec.withId("kind-chip-REPORT")));

        List<TaskItem> rows = _findAll(inboxGrid());
        assertThat(rows).extracting(TaskItem::kind).containsExactly(TaskKind.REPORT);
        assertThat(_get(Button.class, spec -> spec.withId("kind-chip-REPORT")).getClassNames()).contains("chidao-chip-on");
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

    @SuppressWarnings("unchecked")
    private static Grid<TaskItem> inboxGrid() {
        return _get(Grid.class, spec -> spec.withId("inbox-grid"));
    }

    private static String chipCount(String kind) {
        Button chip = _get(Button.class, spec -> spec.withId("kind-chip-" + kind));
        return ((Span) chip.getSuffixComponent()).getText();
    }

    private static List<String> navigationPaths() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getPath).toList();
    }

    private ConclusionDraft draft(String lead, LocalDate deadline) {
        LocalDate meeting = time.now().atZone(Dates.ZONE).toLocalDate().minusDays(2);
        return new ConclusionDraft("Ban Chỉ đạo chuyển đổi số", meeting, "Kết luận phiên họp",
                List.of(Fixtures.directive("Rà soát hạ tầng số của " + lead, lead, List.of(), deadline)));
    }
}
