package vn.chidao.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Role;
import vn.chidao.conclusion.CommitteeDto;
import vn.chidao.organisation.UnitDto;
import vn.chidao.support.Drafts;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * Nothing is cut without a way to read it whole: menu entries wrap and say themselves in a tooltip, the chosen
 * values of filters do too, and the users list gives names the room and every text cell a tooltip.
 */
class NothingCutViewTest extends KaribuSupport {

    @Test
    void everyMenuEntryWrapsItsLabelAndSaysItInATooltip() {
        World world = fixtures.newWorld();
        loginAs(world.leader());
        UI.getCurrent().navigate("");

        List<SideNavItem> items = _get(SideNav.class, spec -> spec.withId("main-nav")).getItems();
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            Span label = (Span) item.getChildren().filter(Span.class::isInstance).findFirst().orElseThrow();
            assertThat(label.getClassNames()).contains("chidao-nav-label");
            assertThat(item.getTooltip().getText()).isEqualTo(label.getText()).isNotBlank();
        });
    }

    @Test
    void theRegistersFiltersSayTheirChosenValuesInFull() {
        World world = fixtures.newWorld();
        fixtures.issue(world, Drafts.conclusion(LocalDate.of(2025, 6, 12), Drafts.ongoing(World.SO_A)));
        loginAs(world.secretariat());
        UI.getCurrent().navigate("register");

        ComboBox<CommitteeDto> committee = combo("filter-committee");
        assertThat(committee.getTooltip().getText()).isNull();
        _setValue(committee, committee.getListDataView().getItem(0));
        assertThat(committee.getTooltip().getText()).isEqualTo(Drafts.COMMITTEE);
        ComboBox<UnitDto> unit = combo("filter-unit");
        _setValue(unit, unit.getListDataView().getItems().filter(u -> u.code().equals(World.HUYEN_A)).findFirst()
                .orElseThrow());
        assertThat(unit.getTooltip().getText()).isEqualTo(World.HUYEN_A + " · Huyện A");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Timeliness> timeliness = _get(MultiSelectComboBox.class,
                spec -> spec.withId("filter-timeliness"));
        _setValue(timeliness, Set.of(Timeliness.OPEN_OVERDUE));
        assertThat(timeliness.getTooltip().getText()).isEqualTo("Đang thực hiện quá hạn");
        TextField text = _get(TextField.class, spec -> spec.withId("filter-text"));
        _setValue(text, "chuyển đổi số toàn tỉnh");
        assertThat(text.getTooltip().getText()).isEqualTo("chuyển đổi số toàn tỉnh");
    }

    @Test
    void theDashboardsCommitteeAndTheInboxSearchSayThemselvesInFull() {
        World world = fixtures.newWorld();
        fixtures.issue(world, Drafts.conclusion(LocalDate.of(2025, 6, 12), Drafts.ongoing(World.SO_A)));
        loginAs(world.leader());
        UI.getCurrent().navigate("dashboard");
        ComboBox<CommitteeDto> committee = combo("dashboard-committee");
        _setValue(committee, committee.getListDataView().getItem(0));
        assertThat(committee.getTooltip().getText()).isEqualTo(Drafts.COMMITTEE);

        loginAs(world.focalPoint(World.SO_A));
        UI.getCurrent().navigate("");
        TextField search = _get(TextField.class, spec -> spec.withId("inbox-search"));
        _setValue(search, "hạ tầng số");
        assertThat(search.getTooltip().getText()).isEqualTo("hạ tầng số");
    }

    @Test
    void theUsersListGivesNamesTheRoomAndEveryTextCellATooltip() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");

        @SuppressWarnings("unchecked")
        Grid<vn.chidao.security.UserDto> grid = _get(Grid.class, spec -> spec.withId("users"));
        Grid.Column<vn.chidao.security.UserDto> name = grid.getColumnByKey("displayName");
        Grid.Column<vn.chidao.security.UserDto> email = grid.getColumnByKey("email");
        assertThat(name.isAutoWidth()).isTrue();
        assertThat(name.getFlexGrow()).isGreaterThan(email.getFlexGrow());
        vn.chidao.security.UserDto leader = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid).stream()
                .filter(u -> u.username().equals(world.leader().username())).findFirst().orElseThrow();
        for (String key : List.of("username", "displayName", "roles", "email")) {
            assertThat(grid.getColumnByKey(key).getTooltipGenerator()).as(key).isNotNull();
        }
        assertThat(name.getTooltipGenerator().apply(leader)).isEqualTo(leader.displayName());
        assertThat(grid.getColumnByKey("roles").getTooltipGenerator().apply(leader)).isEqualTo("Lãnh đạo");
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }
}
