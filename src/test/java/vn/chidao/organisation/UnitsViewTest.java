package vn.chidao.organisation;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt.expectRows;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
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
                .isInstanceOf(vn.chidao.base.ForbiddenException.class);
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
