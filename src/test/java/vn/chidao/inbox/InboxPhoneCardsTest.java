package vn.chidao.inbox;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.PhoneCards;
import vn.chidao.base.ui.RowCard;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** Below 600 px the inbox and the queues are cards: the same grid and rows, one column, the action a button. */
class InboxPhoneCardsTest extends KaribuSupport {

    static final String CONTENT = "Rà soát hạ tầng số của Sở A trên điện thoại";

    @Autowired
    AssignmentService assignments;
    @Autowired
    Steps steps;

    @Test
    void aFocalPointsPhoneShowsOneCardPerTaskAndAcknowledgesFromIt() {
        World world = fixtures.newWorld();
        LocalDate today = LocalDate.of(2024, 3, 5);
        time.startAt(today, 9, 0);
        ConclusionDetail issued = fixtures.issue(world, draft(World.SO_A, today.minusDays(1)));
        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);

        view.cards.show(true);

        Grid<TaskItem> grid = view.grid;
        assertThat(grid.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly(PhoneCards.KEY);
        assertThat(grid.getClassNames()).contains("chidao-cards");
        assertThat(_size(grid)).isEqualTo(1);
        RowCard card = (RowCard) _getCellComponent(grid, 0, PhoneCards.KEY);
        assertThat(texts(card, "chidao-row-card-badges")).isEqualTo("Tiếp nhận nhiệm vụ Chủ trì");
        assertThat(part(card, "chidao-row-card-title").getText()).isEqualTo(CONTENT);
        assertThat(part(card, "chidao-row-card-title").getClassNames()).contains("chidao-clamp-2");
        assertThat(texts(card, "chidao-row-card-details")).isEqualTo(issued.number());
        Span days = _get(part(card, "chidao-row-card-deadline"), Span.class,
                spec -> spec.withClasses("chidao-days"));
        assertThat(texts(card, "chidao-row-card-deadline")).startsWith(Dates.format(today.minusDays(1)));
        assertThat(days.getClassNames()).contains("chidao-days-overdue");

        Button acknowledge = _get(part(card, "chidao-row-card-actions"), Button.class);
        assertThat(acknowledge.getText()).isEqualTo("Tiếp nhận");
        assertThat(acknowledge.getClassNames()).contains("chidao-row-card-action");
        _click(acknowledge);
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(assignments.get(world.focalPoint(World.SO_A), Fixtures.assignmentOf(issued, World.SO_A))
                .status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void aWiderWindowGetsTheDesktopColumnsBackAsTheyWere() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 3, 5), 9, 0);
        fixtures.issue(world, draft(World.SO_A, LocalDate.of(2024, 3, 29)));
        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate(InboxView.class);
        InboxView view = _get(InboxView.class);
        List<String> desktop = visibleKeys(view.grid);

        view.cards.show(true);
        view.cards.show(false);

        // the unit column stays hidden for a unit's own people, as before
        assertThat(visibleKeys(view.grid)).isEqualTo(desktop).doesNotContain("unit", PhoneCards.KEY);
        assertThat(view.grid.getClassNames()).doesNotContain("chidao-cards");
    }

    @Test
    void theSecretariatsReviewCardShowsTheReportAndAcceptsIt() {
        World world = fixtures.newWorld();
        time.startAt(LocalDate.of(2024, 3, 5), 9, 0);
        ConclusionDetail issued = fixtures.issue(world, draft(World.SO_A, LocalDate.of(2024, 3, 29)));
        long assignment = Fixtures.assignmentOf(issued, World.SO_A);
        steps.reported(world, assignment, World.SO_A);
        loginAs(world.secretariat());
        UI.getCurrent().navigate(ReviewQueueView.class);
        ReviewQueueView view = _get(ReviewQueueView.class);

        view.cards.show(true);

        RowCard card = (RowCard) _getCellComponent(view.grid, 0, PhoneCards.KEY);
        assertThat(texts(card, "chidao-row-card-badges")).isEqualTo(World.SO_A + " Hoàn thành đúng hạn");
        assertThat(part(card, "chidao-row-card-title").getText()).isEqualTo(CONTENT);
        assertThat(_get(card, Div.class, spec -> spec.withClasses("chidao-review-report-text")).getText())
                .isNotBlank();
        List<Button> decisions = part(card, "chidao-row-card-actions").getChildren().map(Button.class::cast).toList();
        assertThat(decisions).extracting(Button::getText).containsExactly("Chấp nhận", "Trả lại");
        _click(decisions.get(0));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(assignments.get(world.secretariat(), assignment).status()).isEqualTo(AssignmentStatus.DONE);
    }

    private static List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    private static Div part(RowCard card, String className) {
        return _get(card, Div.class, spec -> spec.withClasses(className));
    }

    private static String texts(RowCard card, String className) {
        return part(card, className).getChildren().map(c -> c.getElement().getTextRecursively().trim())
                .filter(t -> !t.isBlank())
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private ConclusionDraft draft(String lead, LocalDate deadline) {
        LocalDate meeting = time.now().atZone(Dates.ZONE).toLocalDate().minusDays(2);
        return new ConclusionDraft("Ban Chỉ đạo chuyển đổi số", meeting, "Kết luận phiên họp",
                List.of(new DirectiveDraft(CONTENT, lead, List.of(), deadline, false, false, null, 3, null)));
    }
}
