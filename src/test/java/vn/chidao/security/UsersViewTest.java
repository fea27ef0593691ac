package vn.chidao.security;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chidao.base.Actor;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.organisation.UnitDto;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

class UsersViewTest extends KaribuSupport {

    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void anAdministratorCreatesAFocalPointOfAUnit() {
        World world = fixtures.newWorld();
        String username = world.government().code().toLowerCase() + ".dm.moi";
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");
        int before = _findAll(grid()).size();

        openAndFill(username, Set.of(Role.FOCAL_POINT));
        selectByLabel(unitPicker(), World.SO_B + " · Sở B");
        _click(_get(Button.class, s -> s.withId("user-create")));

        Actor created = users.actorOf(username);
        assertThat(created.roles()).containsExactly(Role.FOCAL_POINT);
        assertThat(created.governmentId()).isEqualTo(world.government().id());
        assertThat(created.unitCode()).isEqualTo(World.SO_B);
        assertThat(_findAll(grid())).hasSize(before + 1);
    }

    @Test
    void theSearchFindsUsersByNameLoginOrEmailAndSaysWhenNoOneMatches() {
        World world = fixtures.newWorld();
        String prefix = world.government().code().toLowerCase();
        users.createUser(world.admin(), new NewUser(prefix + ".vp.lan", Fixtures.PASSWORD, "Trần Thị Lan",
                Set.of(Role.SECRETARIAT), world.government().code(), null, "lan.tran@vp.gov.vn"));
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");
        assertThat(_findAll(grid())).hasSizeGreaterThan(5);

        _setValue(search(), "thị lan");
        assertThat(_findAll(grid())).extracting(UserDto::username).containsExactly(prefix + ".vp.lan");
        _setValue(search(), "LAN.TRAN@");
        assertThat(_findAll(grid())).extracting(UserDto::username).containsExactly(prefix + ".vp.lan");
        _setValue(search(), prefix + ".dm.so");
        assertThat(_findAll(grid())).extracting(UserDto::username)
                .containsExactly(prefix + ".dm.soa", prefix + ".dm.sob");

        _setValue(search(), "không ai tên này");
        assertThat(_findAll(grid())).isEmpty();
        assertThat(_get(EmptyState.class, s -> s.withId("users-empty")).getElement().getTextRecursively())
                .contains("Không có người dùng nào khớp «không ai tên này»");
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

    @Test
    void anAdministratorChangesAUsersNameRolesAndUnitInTheEditDialog() {
        World world = fixtures.newWorld();
        String focalPoint = world.focalPoint(World.SO_A).username();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");

        _click(rowButton(focalPoint, "user-edit-"));
        TextField name = _get(TextField.class, s -> s.withId("user-edit-display-name"));
        assertThat(name.getValue()).isEqualTo(focalPoint);
        assertThat(editRoles().getValue()).containsExactly(Role.FOCAL_POINT);
        assertThat(editUnit().getValue().code()).isEqualTo(World.SO_A);
        _setValue(name, "Phạm Thị Đầu Mối");
        _setValue(editRoles(), Set.of(Role.FOCAL_POINT, Role.UNIT_HEAD));
        selectByLabel(editUnit(), World.SO_B + " · Sở B");
        _click(_get(Button.class, s -> s.withId("user-save")));

        Actor changed = users.actorOf(focalPoint);
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.FOCAL_POINT, Role.UNIT_HEAD);
        assertThat(changed.unitCode()).isEqualTo(World.SO_B);
        assertThat(_findAll(grid()).stream().filter(u -> u.username().equals(focalPoint)).findFirst()
                .orElseThrow().displayName()).isEqualTo("Phạm Thị Đầu Mối");
    }

    @Test
    void anAdministratorWhoUnticksTheirOwnAdminRoleIsToldOnTheRolesFieldAndCannotLockThemselves() {
        World world = fixtures.newWorld();
        Actor self = fixtures.user(world, "qt", Role.ADMIN, null);
        loginAs(self);
        UI.getCurrent().navigate("admin/users");

        assertThat(_find(rowActions(self.username()), Button.class, s -> s.withId("user-lock-" + self.username())))
                .isEmpty();
        _click(rowButton(self.username(), "user-edit-"));
        _setValue(editRoles(), Set.of(Role.LEADER));
        _click(_get(Button.class, s -> s.withId("user-save")));

        _expectInvalid(editRoles(), "bạn không tự bỏ vai trò quản trị của chính mình được");
        assertThat(users.actorOf(self.username()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void lockingAUserAsksFirstAndUnlockingDoesNot() {
        World world = fixtures.newWorld();
        String leader = world.leader().username();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");

        _click(rowButton(leader, "user-lock-"));
        _fireCancel(_get(ConfirmDialog.class));
        assertThat(users.loadUserByUsername(leader).isEnabled()).isTrue();
        _click(rowButton(leader, "user-lock-"));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(users.loadUserByUsername(leader).isEnabled()).isFalse();
        assertThat(((Span) _getCellComponent(grid(), rowOf(leader), "status")).getText()).isEqualTo("Đã khóa");
        _click(rowButton(leader, "user-lock-"));
        assertThat(users.loadUserByUsername(leader).isEnabled()).isTrue();
    }

    @Test
    void aGeneratedPasswordIsShownOnceAndATypedOneMustBeLongEnough() {
        World world = fixtures.newWorld();
        String leader = world.leader().username();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");

        _click(rowButton(leader, "user-password-"));
        _click(_get(Button.class, s -> s.withId("password-reset")));
        String generated = _get(TextField.class, s -> s.withId("generated-password")).getValue();
        assertThat(generated).hasSize(12);
        assertThat(passwordEncoder.matches(generated, users.loadUserByUsername(leader).getPassword())).isTrue();
        _click(_get(Button.class, s -> s.withText("Đóng")));

        _click(rowButton(leader, "user-password-"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PasswordForm.Mode> mode = _get(RadioButtonGroup.class, s -> s.withId("password-mode"));
        _setValue(mode, PasswordForm.Mode.TYPED);
        PasswordField typed = _get(PasswordField.class, s -> s.withId("password-new"));
        _setValue(typed, "abc");
        _click(_get(Button.class, s -> s.withId("password-reset")));
        _expectInvalid(typed, "phải có ít nhất 4 ký tự");
        assertThat(passwordEncoder.matches(generated, users.loadUserByUsername(leader).getPassword())).isTrue();
        _setValue(typed, "mat-khau-moi");
        _click(_get(Button.class, s -> s.withId("password-reset")));

        assertThat(passwordEncoder.matches("mat-khau-moi", users.loadUserByUsername(leader).getPassword())).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> editRoles() {
        return _get(CheckboxGroup.class, s -> s.withId("user-edit-roles"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<UnitDto> editUnit() {
        return _get(ComboBox.class, s -> s.withId("user-edit-unit"));
    }

    private static Button rowButton(String username, String idPrefix) {
        return _get(rowActions(username), Button.class, s -> s.withId(idPrefix + username));
    }

    private static Component rowActions(String username) {
        return _getCellComponent(grid(), rowOf(username), "actions");
    }

    private static int rowOf(String username) {
        List<String> usernames = _findAll(grid()).stream().map(UserDto::username).toList();
        assertThat(usernames).contains(username);
        return usernames.indexOf(username);
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

    private static TextField search() {
        return _get(TextField.class, s -> s.withId("users-search"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserDto> grid() {
        return _get(Grid.class, s -> s.withId("users"));
    }
}
