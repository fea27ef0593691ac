package vn.chidao.conclusion;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.indicator.IndicatorDto;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The editor's directives as a list: reordered by button and key, duplicated, removed after a question; several
 * units picked at once, either coordinating one directive or each leading its own copy ("Giao riêng cho từng đơn
 * vị"). Each test reads back what the service saved.
 */
class ConclusionEditorDirectivesTest extends KaribuSupport {

    private static final LocalDate MEETING = LocalDate.of(2025, 6, 15);
    private static final LocalDate DUE = MEETING.plusDays(30);
    private static final String HUYEN_B = "HUYEN_B";
    private static final String XA_A = "XA_A";

    @Autowired
    ConclusionService conclusions;
    @Autowired
    OrganisationService organisation;

    World world;

    /** Besides SO_A, SO_B and HUYEN_A: a second district and a commune under the first, neither a department. */
    @BeforeEach
    void newWorld() {
        world = fixtures.newWorld();
        String code = world.government().code();
        organisation.createUnit(world.admin(), new NewUnit(code, HUYEN_B, "Huyện B", UnitKind.DISTRICT, null));
        organisation.createUnit(world.admin(), new NewUnit(code, XA_A, "Xã A", UnitKind.COMMUNE, World.HUYEN_A));
        loginAs(world.secretariat());
        UI.getCurrent().navigate("conclusions/new");
        _fireCustomValueSet(combo("committee"), "Ban Chỉ đạo chuyển đổi số");
        _setValue(_get(DatePicker.class, s -> s.withId("meeting-date")), MEETING);
        _setValue(_get(TextArea.class, s -> s.withId("title")), "Kết luận phiên họp thứ 2");
    }

    @Test
    void buttonsAndAltArrowsMoveADirectiveAndTheSavedOrderFollows() {
        fill(0, "Một", World.SO_A);
        add();
        fill(1, "Hai", World.SO_B);
        add();
        fill(2, "Ba", World.HUYEN_A);
        assertThat(button("directive-0-up").isEnabled()).isFalse();
        assertThat(button("directive-2-down").isEnabled()).isFalse();

        _click(button("directive-2-up"));
        assertThat(contents()).containsExactly("Một", "Ba", "Hai");
        _fireShortcut(cards().get(1), Key.ARROW_UP, KeyModifier.ALT);
        assertThat(contents()).containsExactly("Ba", "Một", "Hai");
        _fireShortcut(cards().get(0), Key.ARROW_DOWN, KeyModifier.ALT);
        _fireShortcut(cards().get(1), Key.ARROW_DOWN, KeyModifier.ALT);
        assertThat(contents()).containsExactly("Một", "Hai", "Ba");
        _click(button("directive-0-down"));
        save();

        assertThat(saved().directives()).extracting(ConclusionDetail.DirectiveDetail::content)
                .containsExactly("Hai", "Một", "Ba");
        assertThat(saved().directives()).extracting(ConclusionDetail.DirectiveDetail::leadUnit)
                .containsExactly(World.SO_B, World.SO_A, World.HUYEN_A);
    }

    @Test
    void theMainDtiIndicatorsPickedOnACardAreSavedAndShownWhenEditedAgain() {
        fill(0, "Đẩy mạnh dịch vụ công trực tuyến", World.SO_A);
        MultiSelectComboBox<IndicatorDto> tags = indicators(0);
        assertThat(tags.getListDataView().getItems().map(IndicatorDto::code))
                .containsExactly("DTI-1", "DTI-2", "DTI-3", "DTI-4", "DTI-5", "DTI-6", "DTI-7", "DTI-8", "DTI-9");
        _setValue(tags, Set.of(indicator(tags, "DTI-7"), indicator(tags, "DTI-5")));
        save();

        ConclusionDetail saved = saved();
        assertThat(saved.directives().get(0).indicators()).containsExactly("DTI-5", "DTI-7");
        UI.getCurrent().navigate("conclusions/" + saved.id() + "/edit");
        assertThat(indicators(0).getValue()).extracting(IndicatorDto::name)
                .containsExactlyInAnyOrder("An toàn thông tin mạng", "Hoạt động chính quyền số");
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<IndicatorDto> indicators(int index) {
        return _get(MultiSelectComboBox.class, s -> s.withId("directive-" + index + "-indicators"));
    }

    private static IndicatorDto indicator(MultiSelectComboBox<IndicatorDto> box, String code) {
        return box.getListDataView().getItems().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aDuplicateComesRightBelowWithEveryFieldAndIsSavedAsADirectiveOfItsOwn() {
        fill(0, "Rà soát hạ tầng", World.SO_A);
        _setValue(picker(0), Set.of(unit(0, World.HUYEN_A)));
        _setValue(_get(Checkbox.class, s -> s.withId("directive-0-signoff")), true);
        add();
        fill(1, "Báo cáo kết quả", World.SO_B);

        _click(button("directive-0-duplicate"));
        assertThat(contents()).containsExactly("Rà soát hạ tầng", "Rà soát hạ tầng", "Báo cáo kết quả");
        _setValue(_get(TextArea.class, s -> s.withId("directive-1-content")), "Rà soát hạ tầng (bản sao)");
        _fireShortcut(cards().get(2), Key.ARROW_DOWN, KeyModifier.ALT, KeyModifier.SHIFT);
        assertThat(contents()).hasSize(4);
        save();

        List<ConclusionDetail.DirectiveDetail> directives = saved().directives();
        assertThat(directives).extracting(ConclusionDetail.DirectiveDetail::content).containsExactly(
                "Rà soát hạ tầng", "Rà soát hạ tầng (bản sao)", "Báo cáo kết quả", "Báo cáo kết quả");
        ConclusionDetail.DirectiveDetail copy = directives.get(1);
        assertThat(copy.leadUnit()).isEqualTo(World.SO_A);
        assertThat(copy.coordinatingUnits()).containsExactly(World.HUYEN_A);
        assertThat(copy.deadline()).isEqualTo(DUE);
        assertThat(copy.leaderSignOff()).isTrue();
        assertThat(directives.get(0).leaderSignOff()).isTrue();
        assertThat(directives.get(3).leadUnit()).isEqualTo(World.SO_B);
    }

    @Test
    void removingADirectiveAsksFirstAndOnlyAYesRemovesIt() {
        fill(0, "Bỏ đi", World.SO_A);
        add();
        fill(1, "Giữ lại", World.SO_B);

        _click(button("directive-0-remove"));
        _fireCancel(_get(ConfirmDialog.class));
        assertThat(contents()).containsExactly("Bỏ đi", "Giữ lại");
        _click(button("directive-0-remove"));
        ConfirmDialog question = _get(ConfirmDialog.class);
        _fireConfirm(question);
        assertThat(contents()).containsExactly("Giữ lại");
        save();

        assertThat(saved().directives()).extracting(ConclusionDetail.DirectiveDetail::content)
                .containsExactly("Giữ lại");
    }

    @Test
    void allDistrictsPicksExactlyTheDistrictUnitsAndAllDepartmentsAddsTheOtherDepartments() {
        fill(0, "Triển khai tại địa phương", World.SO_A);

        _click(button("directive-0-all-districts"));
        assertThat(picker(0).getValue()).extracting(UnitDto::code).containsExactlyInAnyOrder(World.HUYEN_A, HUYEN_B);
        _click(button("directive-0-all-departments"));
        assertThat(picker(0).getValue()).extracting(UnitDto::code)
                .containsExactlyInAnyOrder(World.HUYEN_A, HUYEN_B, World.SO_B);
        save();

        ConclusionDetail.DirectiveDetail only = saved().directives().get(0);
        assertThat(saved().directives()).hasSize(1);
        assertThat(only.leadUnit()).isEqualTo(World.SO_A);
        assertThat(only.coordinatingUnits()).containsExactlyInAnyOrder(World.HUYEN_A, HUYEN_B, World.SO_B);
    }

    @Test
    void givenSeparatelyEveryPickedUnitLeadsACopyOfItsOwn() {
        fill(0, "Đề xuất mô hình điểm", World.SO_A);
        _setValue(_get(Checkbox.class, s -> s.withId("directive-0-separately")), true);
        _assertNone(ComboBox.class, s -> s.withId("directive-0-lead"));
        assertThat(picker(0).getValue()).extracting(UnitDto::code).containsExactly(World.SO_A);
        _click(button("directive-0-all-districts"));
        add();
        fill(1, "Tổng hợp đề xuất", World.SO_B);
        save();

        List<ConclusionDetail.DirectiveDetail> directives = saved().directives();
        assertThat(directives).extracting(ConclusionDetail.DirectiveDetail::leadUnit)
                .containsExactly(World.SO_A, World.HUYEN_A, HUYEN_B, World.SO_B);
        assertThat(directives.subList(0, 3)).allSatisfy(d -> {
            assertThat(d.content()).isEqualTo("Đề xuất mô hình điểm");
            assertThat(d.coordinatingUnits()).isEmpty();
            assertThat(d.deadline()).isEqualTo(DUE);
        });
        assertThat(contents()).containsExactly("Đề xuất mô hình điểm", "Đề xuất mô hình điểm",
                "Đề xuất mô hình điểm", "Tổng hợp đề xuất");
        assertThat(_find(Checkbox.class, s -> s.withId("directive-0-separately")).get(0).getValue()).isFalse();
    }

    @Test
    void untickingSeparatelyMakesTheFirstPickedUnitTheLeadAgain() {
        fill(0, "Nhiệm vụ", World.SO_A);
        _setValue(picker(0), Set.of(unit(0, World.HUYEN_A)));
        Checkbox separately = _get(Checkbox.class, s -> s.withId("directive-0-separately"));

        _setValue(separately, true);
        assertThat(picker(0).getValue()).extracting(UnitDto::code).containsExactly(World.SO_A, World.HUYEN_A);
        _setValue(separately, false);

        assertThat(ConclusionEditorDirectivesTest.<UnitDto>combo("directive-0-lead").getValue().code())
                .isEqualTo(World.SO_A);
        assertThat(picker(0).getValue()).extracting(UnitDto::code).containsExactly(World.HUYEN_A);
    }

    @Test
    void aServiceErrorAfterACardGivenSeparatelyLandsOnTheCardThatCausedIt() {
        fill(0, "Giao các huyện", World.HUYEN_A);
        _setValue(_get(Checkbox.class, s -> s.withId("directive-0-separately")), true);
        _click(button("directive-0-all-districts"));
        add();
        fill(1, "Hạn sai", World.SO_B);
        _setValue(_get(DatePicker.class, s -> s.withId("directive-1-deadline")), MEETING.minusDays(1));
        _click(button("save"));

        _expectInvalid(_get(DatePicker.class, s -> s.withId("directive-1-deadline")),
                "thời hạn không được trước ngày họp 15/06/2025");
        assertThat(_get(DatePicker.class, s -> s.withId("directive-0-deadline")).isInvalid()).isFalse();
        assertThat(conclusions.page(world.secretariat(), ConclusionFilter.all(), PageRequest.of(0, 10))).isEmpty();
    }

    private void fill(int index, String content, String lead) {
        String prefix = "directive-" + index + "-";
        _setValue(_get(TextArea.class, s -> s.withId(prefix + "content")), content);
        ComboBox<UnitDto> leadUnit = combo(prefix + "lead");
        selectByLabel(leadUnit, leadUnit.getListDataView().getItems().filter(u -> u.code().equals(lead))
                .findFirst().orElseThrow().label());
        _setValue(_get(DatePicker.class, s -> s.withId(prefix + "deadline")), DUE);
    }

    private static void add() {
        _click(button("add-directive"));
    }

    private void save() {
        _click(button("save"));
    }

    private ConclusionDetail saved() {
        List<ConclusionSummary> all = conclusions.page(world.secretariat(), ConclusionFilter.all(),
                PageRequest.of(0, 10)).getContent();
        assertThat(all).hasSize(1);
        return conclusions.get(world.secretariat(), all.get(0).id());
    }

    private static List<DirectiveCard> cards() {
        return _find(DirectiveCard.class);
    }

    private static List<String> contents() {
        return cards().stream().map(c -> c.content.getValue()).toList();
    }

    private static Button button(String id) {
        return _get(Button.class, s -> s.withId(id));
    }

    private static UnitDto unit(int index, String code) {
        return picker(index).getListDataView().getItems().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<UnitDto> picker(int index) {
        return _get(MultiSelectComboBox.class, s -> s.withId("directive-" + index + "-coordinating"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }
}
