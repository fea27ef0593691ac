package vn.chidao.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getItemDetailsComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class ReviewQueueViewTest extends KaribuSupport {

    @Autowired
    AssignmentService assignments;

    @Test
    void theQueueShowsTheReportsOfTheSecretariatsGovernmentAndTheirReports() {
        World world = fixtures.newWorld();
        long id = reported(world);
        fixtures.issue(fixtures.newWorld(), fixtures.draft());

        openQueue(world);

        assertThat(_findAll(grid())).extracting(TaskItem::assignmentId).containsExactly(id);
        assertThat(((Span) _getCellComponent(grid(), 0, "timeliness")).getText()).isEqualTo("Hoàn thành đúng hạn");
        _click(button(0, "chidao-show-report"));
        Component details = _getItemDetailsComponent(grid(), 0);
        assertThat(details.getElement().getTextRecursively()).contains("Đã ban hành kế hoạch");
    }

    @Test
    void theReportStandsBesideTheDecisionsAndTheConfirmationNamesTheDirective() {
        World world = fixtures.newWorld();
        long id = reported(world);
        String number = assignments.get(world.secretariat(), id).conclusionNumber();
        openQueue(world);

        Div report = (Div) _getCellComponent(grid(), 0, "report");
        assertThat(report.getElement().getTextRecursively()).isEqualTo("Đã ban hành kế hoạch");
        Component files = report.getChildren().toList().get(1);
        assertThat(files.getClassNames()).contains("chidao-report-files");
        assertThat(files.isVisible()).isFalse();
        List<String> keys = grid().getColumns().stream().map(Grid.Column::getKey).toList();
        assertThat(keys.indexOf("report")).isEqualTo(keys.indexOf("actions") - 1);

        _click(button(0, "chidao-accept"));

        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message")).isEqualTo("Chấp nhận báo cáo của "
                + World.SO_A + " về nhiệm vụ «Xây dựng kế hoạch chuyển đổi số» (thông báo " + number
                + "); nhiệm vụ sẽ được ghi nhận hoàn thành.");
    }

    @Test
    void openingARowPutsTheDecisionFirstOnTheTaskPage() {
        World world = fixtures.newWorld();
        long id = reported(world);
        openQueue(world);

        _click(button(0, "chidao-open"));

        assertThat(getCurrentPath()).isEqualTo("assignments/" + id + "?from=review");
        Component first = _get(Div.class, spec -> spec.withClasses("chidao-task-main")).getChildren().findFirst()
                .orElseThrow();
        _get(first, Button.class, spec -> spec.withId("review-accept"));
    }

    @Test
    void acceptingInlineClosesTheTaskAndEmptiesTheQueue() {
        World world = fixtures.newWorld();
        long id = reported(world);
        openQueue(world);

        _click(button(0, "chidao-accept"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.DONE);
        _assertNone(Grid.class);
        assertThat(_get(Div.class, spec -> spec.withId("review-empty")).isVisible()).isTrue();
    }

    @Test
    void returningInlineNeedsAComment() {
        World world = fixtures.newWorld();
        long id = reported(world);
        openQueue(world);

        _click(button(0, "chidao-return"));
        _click(_get(Button.class, spec -> spec.withId("comment-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).isInvalid()).isTrue();
        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.AWAITING_REVIEW);

        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "Bổ sung số liệu");
        _click(_get(Button.class, spec -> spec.withId("comment-confirm")));

        assertThat(assignments.get(world.secretariat(), id).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        _assertNone(Grid.class);
    }

    @Test
    void aFocalPointCannotOpenTheQueue() {
        World world = fixtures.newWorld();
        loginAs(world.focalPoint(World.SO_A));

        assertThatThrownBy(() -> UI.getCurrent().navigate("review")).hasRootCauseInstanceOf(AccessDeniedException.class);
    }

    private long reported(World world) {
        ConclusionDetail issued = fixtures.issue(world, fixtures.draft());
        long id = Fixtures.assignmentOf(issued, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);
        assignments.report(world.focalPoint(World.SO_A), id, new CompletionReport("Đã ban hành kế hoạch"));
        return id;
    }

    private void openQueue(World world) {
        loginAs(world.secretariat());
        UI.getCurrent().navigate("review");
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskItem> grid() {
        return _get(Grid.class, spec -> spec.withId("review-grid"));
    }

    private static Button button(int row, String className) {
        return _get(_getCellComponent(grid(), row, "actions"), Button.class, spec -> spec.withClasses(className));
    }
}
