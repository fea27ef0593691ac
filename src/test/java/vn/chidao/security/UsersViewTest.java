package vn.chidao.security;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.organisation.UnitDto;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class UsersViewTest extends KaribuSupport {

    @Autowired
    UserService users;

    @Test
    void anAdministratorCreatesAFocalPointOfAUnit() {
        World world = fixtures.newWorld();
        String username = world.government().code().toLowerCase() + ".dm.moi";
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");
        int before = grid().getListDataView().getItemCount();

        openAndFill(username, Set.of(Role.FOCAL_POINT));
        selectByLabel(unitPicker(), World.SO_B + " · Sở B");
        _click(_get(Button.class, s -> s.withId("user-create")));

        Actor created = users.actorOf(username);
        assertThat(created.roles()).containsExactly(Role.FOCAL_POINT);
        assertThat(created.governmentId()).isEqualTo(world.government().id());
        assertThat(created.unitCode()).isEqualTo(World.SO_B);
        assertThat(grid().getListDataView().getItemCount()).isEqualTo(before + 1);
    }

    @Test
    void aFocalPointWithoutUnitIsRefusedOnTheUnitField() {
        World world = fixtures.newWorld();
        String username = world.government().code().toLowerCase() + ".dm.thieu";
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");

        openAndFill(username, Set.of(Role.FOCAL_POINT));
        _click(_get(Button.class, s -> s.withId("user-create")));

        _expectInvalid(unitPicker(), "bắt buộc với vai trò lãnh đạo đơn vị và đầu mối đơn vị");
        assertThatThrownBy(() -> users.actorOf(username)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUsernameAlreadyTakenShowsOnTheUsernameField() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");

        openAndFill(world.leader().username(), Set.of(Role.LEADER));
        _click(_get(Button.class, s -> s.withId("user-create")));

        _expectInvalid(_get(TextField.class, s -> s.withId("user-username")),
                "Tên đăng nhập " + world.leader().username() + " đã tồn tại.");
    }

    private static void openAndFill(String username, Set<Role> roles) {
        _click(_get(Button.class, s -> s.withId("new-user")));
        _setValue(_get(TextField.class, s -> s.withId("user-username")), username);
        _setValue(_get(TextField.class, s -> s.withId("user-display-name")), "Nguyễn Văn Mới");
        _setValue(_get(PasswordField.class, s -> s.withId("user-password")), "mat-khau-1");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roleGroup = _get(CheckboxGroup.class, s -> s.withId("user-roles"));
        _setValue(roleGroup, roles);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<UnitDto> unitPicker() {
        return _get(ComboBox.class, s -> s.withId("user-unit"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserDto> grid() {
        return _get(Grid.class, s -> s.withId("users"));
    }
}
