package vn.chidao.register;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ReviewDecision;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class RegisterViewTest extends KaribuSupport {

    @Autowired
    AssignmentService assignments;
    @Autowired
    OrganisationService organisation;

    /** Four assignments: SO_A done on time, HUYEN_A open on time, SO_B overdue, SO_A ongoing. */
    private record Book(World world, long doneSoA, long openHuyenA, long overdueSoB, long ongoingSoA,
                        long firstConclusion) {
    }

    @Test
    void theSecretariatSeesEveryAssignmentNearestDeadlineFirstWithTheOfficialCounts() {
        Book book = book();
        openRegister(book, "register");

        // the coordinating unit's contribution is due 3 working days before the lead's deadline
        assertThat(ids()).containsExactly(book.overdueSoB(), book.openHuyenA(), book.doneSoA(), book.ongoingSoA());
        assertThat(count("DONE_ON_TIME")).isEqualTo("1");
        assertThat(count("DONE_LATE")).isEqualTo("0");
        assertThat(count("OPEN_ON_TIME")).isEqualTo("1");
        assertThat(count("OPEN_OVERDUE")).isEqualTo("1");
        assertThat(count("ONGOING")).isEqualTo("1");
        int doneRow = ids().indexOf(book.doneSoA());
        var statusCell = _getCellComponent(grid(), doneRow, "status");
        assertThat(_get(statusCell, Span.class, spec -> spec.withClasses("chidao-timeliness")).getText())
                .isEqualTo("Hoàn thành đúng hạn");
        assertThat(_get(statusCell, Span.class, spec -> spec.withClasses("chidao-status")).getText())
                .isEqualTo("Hoàn thành");
    }

    @Test
    void filtersByUnitStatusAndTimelinessGiveTheExpectedRows() {
        Book book = book();
        openRegister(book, "register");

        UnitDto soA = organisation.findUnit(book.world().government().id(), World.SO_A).orElseThrow();
        _setValue(combo("filter-unit"), soA);
        assertThat(ids()).containsExactly(book.doneSoA(), book.ongoingSoA());
        assertThat(count("DONE_ON_TIME")).isEqualTo("1");
        assertThat(count("OPEN_OVERDUE")).isEqualTo("0");

        _setValue(combo("filter-unit"), null);
        _setValue(combo("filter-status"), AssignmentStatus.ASSIGNED);
        assertThat(ids()).containsExactly(book.overdueSoB(), book.openHuyenA(), book.ongoingSoA());

        _setValue(combo("filter-status"), null);
        _setValue(timeliness(), Set.of(Timeliness.OPEN_OVERDUE));
        assertThat(ids()).containsExactly(book.overdueSoB());
    }

    @Test
    void aCountTileNarrowsTheRegisterToItsTimeliness() {
        Book book = book();
        openRegister(book, "register");

        _click(_get(Button.class, spec -> spec.withId("count-DONE_ON_TIME")));

        assertThat(timeliness().getValue()).containsExactly(Timeliness.DONE_ON_TIME);
        assertThat(ids()).containsExactly(book.doneSoA());

        _click(_get(Button.class, spec -> spec.withId("count-DONE_ON_TIME")));

        assertThat(timeliness().getValue()).isEmpty();
        assertThat(ids()).hasSize(4);
    }

    @Test
    void aConclusionLinkOpensTheRegisterOnThatConclusion() {
        Book book = book();
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register", QueryParameters.of("conclusion", Long.toString(book.firstConclusion())));

        assertThat(ids()).containsExactly(book.openHuyenA(), book.doneSoA());
    }

    @Test
    void aFocalPointSeesOnlyTheirUnitAndNoUnitFilter() {
        Book book = book();
        loginAs(book.world().focalPoint(World.SO_A));
        UI.getCurrent().navigate("register");

        _assertNone(ComboBox.class, spec -> spec.withId("filter-unit"));
        assertThat(ids()).containsExactly(book.doneSoA(), book.ongoingSoA());
    }

    @Test
    void clickingARowOpensTheTaskPage() {
        Book book = book();
        openRegister(book, "register");

        _clickItem(grid(), 0);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("assignments/" + book.overdueSoB());
    }

    @Test
    void noMatchingRowSaysSoAndOffersToClearTheFilter() {
        Book book = book();
        openRegister(book, "register");
        _assertNone(EmptyState.class, spec -> spec.withId("register-empty"));

        _setValue(combo("filter-status"), AssignmentStatus.AWAITING_SIGN_OFF);

        EmptyState empty = _get(EmptyState.class, spec -> spec.withId("register-empty"));
        assertThat(empty.getElement().getTextRecursively()).contains("Không có nhiệm vụ nào khớp bộ lọc");
        _assertNone(Grid.class, spec -> spec.withId("register-grid"));
        _click(_get(Button.class, spec -> spec.withId("register-clear-filter")));

        assertThat(combo("filter-status").getValue()).isNull();
        assertThat(ids()).hasSize(4);
        _assertNone(EmptyState.class, spec -> spec.withId("register-empty"));
    }

    @Test
    void anEmptyRegisterSaysSoWithNoFilterToClear() {
        loginAs(fixtures.newWorld().secretariat());
        UI.getCurrent().navigate("register");

        EmptyState empty = _get(EmptyState.class, spec -> spec.withId("register-empty"));
        assertThat(empty.getElement().getTextRecursively()).contains("Sổ theo dõi chưa có nhiệm vụ nào");
        _assertNone(Button.class, spec -> spec.withId("register-clear-filter"));
    }

    private Book book() {
        World world = fixtures.newWorld();
        LocalDate today = LocalDate.now(Dates.ZONE);
        ConclusionDetail first = fixtures.issue(world, fixtures.draft());
        ConclusionDetail late = fixtures.issue(world, draft(World.SO_B, today.minusDays(1)));
        ConclusionDetail ongoing = fixtures.issue(world, draft(World.SO_A, null));
        long done = Fixtures.assignmentOf(first, World.SO_A);
        assignments.acknowledge(world.focalPoint(World.SO_A), done);
        assignments.report(world.focalPoint(World.SO_A), done, new CompletionReport("Đã ban hành kế hoạch"));
        assignments.review(world.secretariat(), done, new ReviewDecision(ReviewDecision.Decision.ACCEPT, null));
        return new Book(world, done, Fixtures.assignmentOf(first, World.HUYEN_A),
                Fixtures.assignmentOf(late, World.SO_B), Fixtures.assignmentOf(ongoing, World.SO_A), first.id());
    }

    private void openRegister(Book book, String location) {
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate(location);
    }

    private static ConclusionDraft draft(String lead, LocalDate deadline) {
        return new ConclusionDraft("Ban Chỉ đạo chuyển đổi số", LocalDate.now(Dates.ZONE).minusDays(2),
                "Kết luận phiên họp", List.of(Fixtures.directive("Nhiệm vụ của " + lead, lead, List.of(), deadline)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AssignmentRow> grid() {
        return _get(Grid.class, spec -> spec.withId("register-grid"));
    }

    private static List<Long> ids() {
        return _findAll(grid()).stream().map(AssignmentRow::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Timeliness> timeliness() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("filter-timeliness"));
    }

    private static String count(String timeliness) {
        return _get(_get(Button.class, spec -> spec.withId("count-" + timeliness)), Span.class,
                spec -> spec.withClasses("chidao-count-number")).getText();
    }
}
