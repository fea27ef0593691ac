package vn.chidao.organisation;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.support.Drafts;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class GovernmentsViewTest extends KaribuSupport {

    @Autowired
    OrganisationService organisation;
    @Autowired
    AppClock clock;

    @Test
    void theInstallationAdministratorCreatesAGovernment() {
        String code = "G" + Long.toString(System.nanoTime(), 36).toUpperCase();
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/governments");

        _click(_get(Button.class, s -> s.withId("new-government")));
        _setValue(_get(TextField.class, s -> s.withId("government-code")), code);
        _setValue(_get(TextField.class, s -> s.withId("government-name")), "Tỉnh Quảng Ninh");
        assertThat(_get(TextField.class, s -> s.withId("government-notice-symbol")).getValue()).isEqualTo("TB-UBND");
        _click(_get(Button.class, s -> s.withId("government-create")));

        assertThat(organisation.findGovernment(code)).get().extracting(GovernmentDto::name, GovernmentDto::noticeSymbol)
                .containsExactly("Tỉnh Quảng Ninh", "TB-UBND");
        @SuppressWarnings("unchecked")
        Grid<GovernmentDto> grid = _get(Grid.class, s -> s.withId("governments"));
        assertThat(grid.getListDataView().getItems().map(GovernmentDto::code)).contains(code);
    }

    @Test
    void aGovernmentsAdministratorSetsTheSymbolOfItsNoticeNumbers() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/governments");

        @SuppressWarnings("unchecked")
        Grid<GovernmentDto> grid = _get(Grid.class, s -> s.withId("governments"));
        _click((Button) _getCellComponent(grid, 0, "actions"));
        TextField symbol = _get(TextField.class, s -> s.withId("government-notice-symbol"));
        assertThat(symbol.getValue()).isEqualTo("TB-UBND");
        _setValue(symbol, "TB VP");
        _click(_get(Button.class, s -> s.withId("government-save")));
        _expectInvalid(symbol);
        _setValue(symbol, "TB-VPUBND");
        _click(_get(Button.class, s -> s.withId("government-save")));

        assertThat(organisation.government(world.government().id()).noticeSymbol()).isEqualTo("TB-VPUBND");
        assertThat(grid.getListDataView().getItems().map(GovernmentDto::noticeSymbol)).containsExactly("TB-VPUBND");
    }

    @Test
    void aGovernmentsAdministratorSeesOnlyTheirsAndCannotCreate() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/governments");

        _assertNone(Button.class, s -> s.withId("new-government"));
        @SuppressWarnings("unchecked")
        Grid<GovernmentDto> grid = _get(Grid.class, s -> s.withId("governments"));
        assertThat(grid.getListDataView().getItems()).containsExactly(world.government());
    }

    @Test
    void theInstallationAdministratorMergesAGovernmentUnitByUnit() {
        World into = fixtures.newWorld();
        World from = fixtures.newWorld();
        organisation.createUnit(fixtures.admin(), new NewUnit(from.government().code(), "XA_MOI", "Xã Mới",
                UnitKind.COMMUNE, null));
        fixtures.issue(from, Drafts.conclusion(java.time.LocalDate.now(clock).minusDays(1),
                Drafts.due(java.time.LocalDate.now(clock).plusDays(20), World.HUYEN_A)));
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/governments");

        _click(_get(Button.class, s -> s.withId("merge-governments")));
        _setValue(_get(ComboBox.class, s -> s.withId("government-merge-into")), into.government());
        _setValue(_get(ComboBox.class, s -> s.withId("government-merge-from")), from.government());
        @SuppressWarnings("unchecked")
        ComboBox<UnitDto> huyen = _get(ComboBox.class, s -> s.withId("government-merge-unit-" + World.HUYEN_A));
        assertThat(huyen.getValue().code()).as("prefilled: the unit of the same code").isEqualTo(World.HUYEN_A);
        assertThat(_get(ComboBox.class, s -> s.withId("government-merge-unit-XA_MOI")).getValue())
                .as("no unit of that code: moves as it is").isNull();
        _setValue(huyen, organisation.findUnit(into.government().id(), World.SO_A).orElseThrow());
        _click(_get(Button.class, s -> s.withId("government-merge-save")));

        assertThat(organisation.government(from.government().id()).mergedInto()).isEqualTo(into.government().code());
        assertThat(organisation.findUnit(into.government().id(), "XA_MOI")).isPresent();
        assertThat(organisation.findUnit(into.government().id(), from.government().code() + "-" + World.HUYEN_A)
                .orElseThrow().successors()).containsExactly(World.SO_A);
        assertThat(organisation.findGovernment(from.government().code())).get().extracting(GovernmentDto::code)
                .isEqualTo(into.government().code());
        @SuppressWarnings("unchecked")
        Grid<GovernmentDto> grid = _get(Grid.class, s -> s.withId("governments"));
        assertThat(grid.getListDataView().getItems().filter(g -> g.code().equals(from.government().code()))
                .map(GovernmentDto::mergedInto)).containsExactly(into.government().code());
    }
}
