package vn.chidao.organisation;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class UnitsViewTest extends KaribuSupport {

    @Autowired
    OrganisationService organisation;

    @Test
    void aGovernmentsAdministratorAddsAUnitUnderAnother() {
        World world = fixtures.newWorld();
        Actor admin = fixtures.user(world, "qt", Role.ADMIN, null);
        loginAs(admin);
        UI.getCurrent().navigate("admin/units");
        _assertNone(ComboBox.class, s -> s.withId("government"));
        expectRows(grid(), 3);

        _click(_get(Button.class, s -> s.withId("new-unit")));
        _setValue(_get(TextField.class, s -> s.withId("unit-code")), "XA_A");
        _setValue(_get(TextField.class, s -> s.withId("unit-name")), "Xã A");
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = _get(Select.class, s -> s.withId("unit-kind"));
        _setValue(kind, UnitKind.COMMUNE);
        @SuppressWarnings("unchecked")
        ComboBox<UnitDto> parent = _get(ComboBox.class, s -> s.withId("unit-parent"));
        selectByLabel(parent, World.HUYEN_A + " · Huyện A");
        _click(_get(Button.class, s -> s.withId("unit-create")));

        expectRows(grid(), 4);
        UnitDto created = organisation.findUnit(world.government().id(), "XA_A").orElseThrow();
        assertThat(created.kind()).isEqualTo(UnitKind.COMMUNE);
        assertThat(created.parentCode()).isEqualTo(World.HUYEN_A);
    }

    @Test
    void aCodeAlreadyUsedShowsOnTheCodeField() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        _click(_get(Button.class, s -> s.withId("new-unit")));
        _setValue(_get(TextField.class, s -> s.withId("unit-code")), World.SO_A);
        _setValue(_get(TextField.class, s -> s.withId("unit-name")), "Sở trùng mã");
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = _get(Select.class, s -> s.withId("unit-kind"));
        _setValue(kind, UnitKind.DEPARTMENT);
        _click(_get(Button.class, s -> s.withId("unit-create")));

        _expectInvalid(_get(TextField.class, s -> s.withId("unit-code")), "Mã đơn vị SO_A đã tồn tại.");
        assertThat(organisation.unitsOf(world.government().id())).hasSize(3);
    }

    @Test
    void theInstallationAdministratorPicksTheGovernment() {
        World world = fixtures.newWorld();
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/units");

        _setValue(governmentPicker(), world.government());

        expectRows(grid(), 3);
    }

    @Test
    void anotherGovernmentsUnitsAreNotListed() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        Actor admin = fixtures.user(world, "qt", Role.ADMIN, null);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> organisation.unitsOf(admin, other.government().code()))
                .isInstanceOf(vn.chidao.base.NotFoundException.class);
    }

    @Test
    void theUnitsStandAsATreeUnderTheirParentsWithTheirKinds() {
        World world = fixtures.newWorld();
        String code = world.government().code();
        organisation.createUnit(world.admin(), new NewUnit(code, "XA_A", "Xã A", UnitKind.COMMUNE, World.HUYEN_A));
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        TreeGrid<UnitDto> tree = tree();
        assertThat(tree.getTreeData().getRootItems()).extracting(UnitDto::code)
                .containsExactly(World.SO_A, World.SO_B, World.HUYEN_A);
        UnitDto district = unitOf(world, World.HUYEN_A);
        assertThat(tree.getTreeData().getChildren(district)).extracting(UnitDto::code).containsExactly("XA_A");
        assertThat(tree.isExpanded(district)).isTrue();
        expectRows(tree, 4);
        assertThat(((Span) _getCellComponent(tree, rowOf(tree, "XA_A"), "kind")).getText())
                .isEqualTo("Xã, phường, thị trấn");
        assertThat(((Span) _getCellComponent(tree, rowOf(tree, World.SO_A), "kind")).getText())
                .isEqualTo("Sở, ban, ngành");
    }

    @Test
    void aUnitAddedFromARowBelongsToThatRowsUnit() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        _click(rowButton(World.HUYEN_A, "unit-add-"));
        @SuppressWarnings("unchecked")
        ComboBox<UnitDto> parent = _get(ComboBox.class, s -> s.withId("unit-parent"));
        assertThat(parent.getValue().code()).isEqualTo(World.HUYEN_A);
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = _get(Select.class, s -> s.withId("unit-kind"));
        assertThat(kind.getValue()).isEqualTo(UnitKind.COMMUNE);
        _setValue(_get(TextField.class, s -> s.withId("unit-code")), "XA_MOI");
        _setValue(_get(TextField.class, s -> s.withId("unit-name")), "Xã Mới");
        _click(_get(Button.class, s -> s.withId("unit-create")));

        assertThat(organisation.findUnit(world.government().id(), "XA_MOI").orElseThrow().parentCode())
                .isEqualTo(World.HUYEN_A);
        assertThat(tree().getTreeData().getChildren(unitOf(world, World.HUYEN_A))).extracting(UnitDto::code)
                .containsExactly("XA_MOI");
    }

    @Test
    void aUnitIsRenamedAndMovedFromItsRowAndItsOwnBranchIsNotOfferedAsParent() {
        World world = fixtures.newWorld();
        String code = world.government().code();
        organisation.createUnit(world.admin(), new NewUnit(code, "HUYEN_B", "Huyện B", UnitKind.DISTRICT, null));
        organisation.createUnit(world.admin(), new NewUnit(code, "XA_A", "Xã A", UnitKind.COMMUNE, World.HUYEN_A));
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        _click(rowButton(World.HUYEN_A, "unit-edit-"));
        assertThat(editParent().getListDataView().getItems().map(UnitDto::code))
                .containsExactlyInAnyOrder(World.SO_A, World.SO_B, "HUYEN_B");
        _click(_get(Button.class, s -> s.withText("Hủy")));
        _click(rowButton("XA_A", "unit-edit-"));
        assertThat(editParent().getValue().code()).isEqualTo(World.HUYEN_A);
        _setValue(_get(TextField.class, s -> s.withId("unit-edit-name")), "Phường A");
        selectByLabel(editParent(), "HUYEN_B · Huyện B");
        _click(_get(Button.class, s -> s.withId("unit-save")));

        UnitDto moved = organisation.findUnit(world.government().id(), "XA_A").orElseThrow();
        assertThat(moved.name()).isEqualTo("Phường A");
        assertThat(moved.parentCode()).isEqualTo("HUYEN_B");
        assertThat(tree().getTreeData().getChildren(unitOf(world, "HUYEN_B"))).extracting(UnitDto::code)
                .containsExactly("XA_A");
    }

    @Test
    void aUnitsShortNameIsGivenWhenAddedShownInTheListAndChangedOrRemoved() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        _click(_get(Button.class, s -> s.withId("new-unit")));
        TextField shortName = _get(TextField.class, s -> s.withId("unit-short-name"));
        assertThat(shortName.getLabel()).isEqualTo("Tên viết tắt");
        assertThat(shortName.getMaxLength()).isEqualTo(UnitDto.SHORT_NAME_MAX);
        _setValue(_get(TextField.class, s -> s.withId("unit-code")), "STTTT");
        _setValue(_get(TextField.class, s -> s.withId("unit-name")), "Sở Thông tin và Truyền thông");
        _setValue(shortName, "Sở TT&TT");
        @SuppressWarnings("unchecked")
        Select<UnitKind> kind = _get(Select.class, s -> s.withId("unit-kind"));
        _setValue(kind, UnitKind.DEPARTMENT);
        _click(_get(Button.class, s -> s.withId("unit-create")));

        assertThat(unitOf(world, "STTTT").shortName()).isEqualTo("Sở TT&TT");
        TreeGrid<UnitDto> tree = tree();
        assertThat(GridKt._getFormattedRow(tree, rowOf(tree, "STTTT"))).contains("Sở TT&TT");
        assertThat(unitOf(world, World.SO_A).shortName()).isNull();

        _click(rowButton("STTTT", "unit-edit-"));
        TextField edited = _get(TextField.class, s -> s.withId("unit-edit-short-name"));
        assertThat(edited.getValue()).isEqualTo("Sở TT&TT");
        _setValue(edited, "Sở 4T");
        _click(_get(Button.class, s -> s.withId("unit-save")));
        assertThat(unitOf(world, "STTTT").shortName()).isEqualTo("Sở 4T");

        _click(rowButton("STTTT", "unit-edit-"));
        _setValue(_get(TextField.class, s -> s.withId("unit-edit-short-name")), "");
        _click(_get(Button.class, s -> s.withId("unit-save")));
        assertThat(unitOf(world, "STTTT").shortName()).isNull();
        assertThat(unitOf(world, "STTTT").shortNameOrCode()).isEqualTo("STTTT");
    }

    @Test
    void aUnitsOtherNamesAreEditedOneALineAndATakenOneShowsOnTheField() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        _click(rowButton(World.SO_B, "unit-edit-"));
        TextArea aliases = _get(TextArea.class, s -> s.withId("unit-edit-aliases"));
        assertThat(aliases.getLabel()).isEqualTo("Tên gọi khác");
        _setValue(aliases, "Sở Bê\n\n Sở thứ hai ");
        _click(_get(Button.class, s -> s.withId("unit-save")));
        assertThat(unitOf(world, World.SO_B).aliases()).containsExactly("Sở Bê", "Sở thứ hai");

        _click(rowButton(World.SO_B, "unit-edit-"));
        aliases = _get(TextArea.class, s -> s.withId("unit-edit-aliases"));
        assertThat(aliases.getValue()).isEqualTo("Sở Bê\nSở thứ hai");
        _setValue(aliases, unitOf(world, World.SO_A).name());
        _click(_get(Button.class, s -> s.withId("unit-save")));
        _expectInvalid(aliases, "„" + unitOf(world, World.SO_A).name() + "\" là tên của đơn vị "
                + unitOf(world, World.SO_A).name() + ": tên gọi khác không được trùng tên đơn vị khác đang hoạt động");
        assertThat(unitOf(world, World.SO_B).aliases()).as("nothing changed").containsExactly("Sở Bê", "Sở thứ hai");
    }

    @Test
    void aCodeOfAnotherUnitShowsOnTheEditedCodeAndNothingChanges() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/units");

        _click(rowButton(World.SO_B, "unit-edit-"));
        _setValue(_get(TextField.class, s -> s.withId("unit-edit-code")), "so_a");
        _click(_get(Button.class, s -> s.withId("unit-save")));

        _expectInvalid(_get(TextField.class, s -> s.withId("unit-edit-code")), "Mã đơn vị SO_A đã tồn tại.");
        assertThat(organisation.findUnit(world.government().id(), World.SO_B)).isPresent();
    }

    private UnitDto unitOf(World world, String code) {
        return organisation.findUnit(world.government().id(), code).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<UnitDto> editParent() {
        return _get(ComboBox.class, s -> s.withId("unit-edit-parent"));
    }

    /** The button of a row's actions cell, such as {@code unit-edit-SO_A}. */
    static Button rowButton(String code, String idPrefix) {
        TreeGrid<UnitDto> tree = tree();
        Component cell = _getCellComponent(tree, rowOf(tree, code), "actions");
        return _get(cell, Button.class, s -> s.withId(idPrefix + code));
    }

    static int rowOf(Grid<UnitDto> grid, String code) {
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("No row " + code);
    }

    @SuppressWarnings("unchecked")
    static TreeGrid<UnitDto> tree() {
        return _get(TreeGrid.class, s -> s.withId("units"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnitDto> grid() {
        return _get(Grid.class, s -> s.withId("units"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<GovernmentDto> governmentPicker() {
        return _get(ComboBox.class, s -> s.withId("government"));
    }
}
