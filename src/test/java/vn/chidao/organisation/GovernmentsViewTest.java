package vn.chidao.organisation;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Role;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class GovernmentsViewTest extends KaribuSupport {

    @Autowired
    OrganisationService organisation;

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
}
