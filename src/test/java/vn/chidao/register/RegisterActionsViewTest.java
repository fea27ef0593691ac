package vn.chidao.register;

import static com.github.mvysny.kaributesting.v10.DownloadKt.download;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/** The register's export link and the secretariat's reassign dialog, on screen. */
class RegisterActionsViewTest extends KaribuSupport {

    private static final String REASON = "Điều chỉnh chức năng, nhiệm vụ";

    @Autowired
    AssignmentService assignments;
    @Autowired
    ConclusionService conclusions;
    @Autowired
    OrganisationService organisation;

    @Test
    void theExportLinkDownloadsTheRegisterAsShownByItsFilter() {
        RegisterBook book = RegisterBook.build(fixtures, time, assignments, conclusions);
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register", QueryParameters.of("committee",
                Long.toString(book.reformCommittee().id())));

        ExportedSheet sheet = ExportedSheet.of(download(exportLink()));

        assertThat(sheet.titles().get(0)).isEqualTo("DANH MỤC NHIỆM VỤ CỦA BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH");
        assertThat(sheet.directives()).extracting(row -> row.get(1))
                .containsExactly("Rà soát thủ tục hành chính", "Thường xuyên theo dõi, đôn đốc");

        _setValue(combo("filter-committee"), null);
        assertThat(ExportedSheet.of(download(exportLink())).directives()).hasSize(4);
    }

    @Test
    void aFocalPointsExportHoldsItsUnitOnly() {
        RegisterBook book = RegisterBook.build(fixtures, time, assignments, conclusions);
        loginAs(book.world().focalPoint(World.SO_B));
        UI.getCurrent().navigate("register");

        ExportedSheet sheet = ExportedSheet.of(download(exportLink()));

        assertThat(sheet.directives()).extracting(row -> row.get(1))
                .containsExactly("Triển khai thanh toán không dùng tiền mặt");
    }

    @Test
    void theSecretariatMovesAUnitsOpenAssignmentsFromTheDialogAndSeesWhatMoved() {
        RegisterBook book = RegisterBook.build(fixtures, time, assignments, conclusions);
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register", QueryParameters.of("unit", World.HUYEN_A));

        _click(_get(Button.class, spec -> spec.withId("register-reassign")));
        assertThat(this.<UnitDto>combo("reassign-from").getValue().code()).isEqualTo(World.HUYEN_A);
        _setValue(combo("reassign-to"), unit(book, World.SO_B));
        assertThat(_get(Paragraph.class, spec -> spec.withId("reassign-summary")).getText())
                .isEqualTo("Sẽ chuyển 1 nhiệm vụ đang thực hiện của HUYEN_A · Huyện A sang SO_B · Sở B.");
        _setValue(_get(TextArea.class, spec -> spec.withId("reassign-reason")), REASON);
        _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reassign-moved")).getText())
                .isEqualTo("Đã chuyển 1 nhiệm vụ sang SO_B.");
        assertThat(assignments.get(book.world().secretariat(), book.reviewHuyenA()).unitCode()).isEqualTo(World.SO_B);
        assertThat(_get(Button.class, spec -> spec.withId("reassign-confirm")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("reassign-close")));
        assertThat(ids()).containsExactly(book.dataHuyenA());
    }

    @Test
    void theDialogListsTheDirectivesLeftWhereTheyWereAndWhy() {
        RegisterBook book = RegisterBook.build(fixtures, time, assignments, conclusions);
        // SO_A gets an open part in the data directive, where HUYEN_A already has one
        long extra = fixtures.issue(book.world(), new vn.chidao.conclusion.ConclusionDraft(RegisterBook.DIGITAL,
                RegisterBook.TODAY, "Kết luận bổ sung", List.of(new vn.chidao.conclusion.DirectiveDraft(
                        "Bổ sung dữ liệu đất đai", World.SO_A, List.of(World.HUYEN_A), RegisterBook.TODAY.plusDays(20),
                        false, false)))).directives().get(0).assignments().stream()
                .filter(a -> a.unitCode().equals(World.SO_A)).findFirst().orElseThrow().id();
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register");

        _click(_get(Button.class, spec -> spec.withId("register-reassign")));
        _setValue(combo("reassign-from"), unit(book, World.SO_A));
        _setValue(combo("reassign-to"), unit(book, World.HUYEN_A));
        _setValue(_get(TextArea.class, spec -> spec.withId("reassign-reason")), REASON);
        _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("reassign-moved")).getText())
                .isEqualTo("Đã chuyển 1 nhiệm vụ sang HUYEN_A.");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("reassign-skipped")).getElement().getTextRecursively())
                .contains("Bổ sung dữ liệu đất đai: đơn vị mới đã được giao nhiệm vụ này");
        assertThat(assignments.get(book.world().secretariat(), extra).unitCode()).isEqualTo(World.SO_A);
        assertThat(assignments.get(book.world().secretariat(), book.ongoingSoA()).unitCode())
                .isEqualTo(World.HUYEN_A);
    }

    @Test
    void limitedToTheFilterOnlyTheFilteredAssignmentsMove() {
        RegisterBook book = RegisterBook.build(fixtures, time, assignments, conclusions);
        long secondOfSoB = fixtures.issue(book.world(), new vn.chidao.conclusion.ConclusionDraft(RegisterBook.REFORM,
                RegisterBook.TODAY, "Kết luận bổ sung", List.of(new vn.chidao.conclusion.DirectiveDraft(
                        "Công khai thủ tục", World.SO_B, List.of(), RegisterBook.TODAY.plusDays(20), false, false))))
                .directives().get(0).assignments().get(0).id();
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register", QueryParameters.of("committee", Long.toString(book.reformCommittee().id())));

        _click(_get(Button.class, spec -> spec.withId("register-reassign")));
        _setValue(combo("reassign-from"), unit(book, World.SO_B));
        _setValue(combo("reassign-to"), unit(book, World.SO_A));
        _setValue(_get(Checkbox.class, spec -> spec.withId("reassign-filtered")), true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reassign-summary")).getText()).startsWith("Sẽ chuyển 1 ");
        _setValue(_get(TextArea.class, spec -> spec.withId("reassign-reason")), REASON);
        _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));

        assertThat(assignments.get(book.world().secretariat(), secondOfSoB).unitCode()).isEqualTo(World.SO_A);
        assertThat(assignments.get(book.world().secretariat(), book.paymentSoB()).unitCode()).isEqualTo(World.SO_B);
    }

    @Test
    void withoutAReasonTheServicesRefusalShowsOnTheField() {
        RegisterBook book = RegisterBook.build(fixtures, time, assignments, conclusions);
        loginAs(book.world().secretariat());
        UI.getCurrent().navigate("register");

        _click(_get(Button.class, spec -> spec.withId("register-reassign")));
        _setValue(combo("reassign-from"), unit(book, World.SO_B));
        _setValue(combo("reassign-to"), unit(book, World.SO_A));
        _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));

        TextArea reason = _get(TextArea.class, spec -> spec.withId("reassign-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("không được để trống");
        assertThat(assignments.get(book.world().secretariat(), book.paymentSoB()).unitCode()).isEqualTo(World.SO_B);
    }

    @Test
    void onlyTheSecretariatHasTheReassignButton() {
        RegisterBook book = RegisterBook.build(fixtures, time, assignments, conclusions);
        for (var actor : List.of(book.world().leader(), book.world().focalPoint(World.SO_A))) {
            loginAs(actor);
            UI.getCurrent().navigate("register");
            _assertNone(Button.class, spec -> spec.withId("register-reassign"));
            _get(Anchor.class, spec -> spec.withId("register-export"));
        }
    }

    private UnitDto unit(RegisterBook book, String code) {
        return organisation.findUnit(book.world().government().id(), code).orElseThrow();
    }

    private static Anchor exportLink() {
        return _get(Anchor.class, spec -> spec.withId("register-export"));
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids() {
        Grid<AssignmentRow> grid = _get(Grid.class, spec -> spec.withId("register-grid"));
        return _findAll(grid).stream().map(AssignmentRow::id).toList();
    }
}
