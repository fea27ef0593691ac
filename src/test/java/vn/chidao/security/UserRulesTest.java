package vn.chidao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidao.support.Rules.invalidFields;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Who creates and changes users, which usernames are taken (409), what a user needs (400), and what an administrator
 * may not do to their own account.
 */
@ChidaoTest
class UserRulesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    UserAccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theSecretariatListsTheLeadersOfItsOwnGovernmentOnly() {
        World world = fixtures.newWorld();
        Actor second = fixtures.user(world, "ld2", Role.LEADER, null);
        fixtures.newWorld();

        assertThat(users.leaders(world.secretariat())).extracting(UserDto::username)
                .containsExactly(world.leader().username(), second.username());
        assertThatThrownBy(() -> users.leaders(world.focalPoint(World.SO_A))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.leaders(fixtures.admin())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        World world = fixtures.newWorld();
        String taken = world.secretariat().username().toUpperCase();

        assertThatThrownBy(() -> users.createUser(fixtures.admin(),
                user(taken, Role.LEADER, world.government().code(), null))).isInstanceOf(ConflictException.class);
        assertThat(users.actorOf(taken).roles()).containsExactly(Role.SECRETARIAT);
    }

    @Test
    void unitRolesNeedAUnitOfTheSameGovernment() {
        World world = fixtures.newWorld();
        String code = world.government().code();
        String name = code.toLowerCase() + ".moi";

        assertThat(invalidFields(() -> users.createUser(fixtures.admin(), user(name, Role.FOCAL_POINT, code, null))))
                .containsExactly("unitCode");
        assertThat(invalidFields(() -> users.createUser(fixtures.admin(), user(name, Role.UNIT_HEAD, code, "SO_X"))))
                .containsExactly("unitCode");
        assertThat(invalidFields(() -> users.createUser(fixtures.admin(), user(name, Role.LEADER, "X" + code, null))))
                .containsExactly("governmentCode");
        assertThat(invalidFields(() -> users.createUser(fixtures.admin(), user(name, Role.LEADER, null, null))))
                .containsExactly("governmentCode");
        assertThat(invalidFields(() -> users.createUser(fixtures.admin(),
                new NewUser("a b", "", "", Set.of(), code, null, "không-phải-email"))))
                .containsExactlyInAnyOrder("displayName", "email", "password", "roles", "username");
        assertThatThrownBy(() -> users.actorOf(name)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAdministratorsCreateUsersAndAGovernmentsAdministratorOnlyInIt() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        String prefix = world.government().code().toLowerCase();

        assertThatThrownBy(() -> users.createUser(world.secretariat(),
                user(prefix + ".x1", Role.LEADER, world.government().code(), null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.createUser(governmentAdmin,
                user(prefix + ".x2", Role.LEADER, other.government().code(), null)))
                .isInstanceOf(InvalidInputException.class);
        UserDto own = users.createUser(governmentAdmin, user(prefix + ".x3", Role.FOCAL_POINT, null, World.SO_B));

        assertThat(own.governmentCode()).isEqualTo(world.government().code());
        assertThat(own.unitCode()).isEqualTo(World.SO_B);
        assertThatThrownBy(() -> users.actorOf(prefix + ".x1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.actorOf(prefix + ".x2")).isInstanceOf(NotFoundException.class);
    }

    private static NewUser user(String username, Role role, String governmentCode, String unitCode) {
        return new NewUser(username, Fixtures.PASSWORD, "Người dùng " + username, Set.of(role), governmentCode,
                unitCode, null);
    }

    @Test
    void anAdministratorChangesAUsersNameEmailRolesAndUnit() {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        String focalPoint = world.focalPoint(World.SO_A).username();

        UserDto changed = accounts.updateUser(governmentAdmin, focalPoint.toUpperCase(), new UserChange(
                " Trần Thị Mới ", "moi@chidao.vn", Set.of(Role.UNIT_HEAD, Role.FOCAL_POINT), World.SO_B, null));

        assertThat(changed).extracting(UserDto::displayName, UserDto::email, UserDto::unitCode, UserDto::enabled)
                .containsExactly("Trần Thị Mới", "moi@chidao.vn", World.SO_B, true);
        Actor after = users.actorOf(focalPoint);
        assertThat(after.roles()).containsExactlyInAnyOrder(Role.UNIT_HEAD, Role.FOCAL_POINT);
        assertThat(after.unitCode()).isEqualTo(World.SO_B);
    }

    @Test
    void aChangedUserStillNeedsAUnitForUnitRolesAndValidFields() {
        World world = fixtures.newWorld();
        String focalPoint = world.focalPoint(World.SO_A).username();
        Actor admin = fixtures.admin();

        assertThat(invalidFields(() -> accounts.updateUser(admin, focalPoint,
                new UserChange("Đầu mối", null, Set.of(Role.FOCAL_POINT), null, null)))).containsExactly("unitCode");
        assertThat(invalidFields(() -> accounts.updateUser(admin, focalPoint,
                new UserChange("Đầu mối", null, Set.of(Role.FOCAL_POINT), "SO_X", null)))).containsExactly("unitCode");
        assertThat(invalidFields(() -> accounts.updateUser(admin, focalPoint,
                new UserChange(" ", "không-phải-email", Set.of(), null, null))))
                .containsExactlyInAnyOrder("displayName", "email", "roles");
        assertThat(invalidFields(() -> accounts.updateUser(admin, UserService.ADMIN_USERNAME,
                new UserChange("Quản trị", null, Set.of(Role.ADMIN, Role.LEADER), null, null))))
                .containsExactly("roles");

        assertThat(users.actorOf(focalPoint).unitCode()).isEqualTo(World.SO_A);
    }

    @Test
    void anAdministratorNeitherDropsTheirOwnAdminRoleNorDisablesThemselvesButAnotherAdminMay() {
        World world = fixtures.newWorld();
        Actor self = fixtures.user(world, "qt", Role.ADMIN, null);
        Actor second = fixtures.user(world, "qt2", Role.ADMIN, null);

        assertThat(invalidFields(() -> accounts.updateUser(self, self.username(),
                new UserChange("Quản trị", null, Set.of(Role.LEADER), null, false))))
                .containsExactly("roles", "enabled");
        assertThat(invalidFields(() -> accounts.setEnabled(self, self.username(), false))).containsExactly("enabled");
        assertThat(users.actorOf(self.username()).roles()).containsExactly(Role.ADMIN);
        assertThat(users.loadUserByUsername(self.username()).isEnabled()).isTrue();

        UserDto disabled = accounts.setEnabled(second, self.username(), false);
        assertThat(disabled.enabled()).isFalse();
        assertThat(users.loadUserByUsername(self.username()).isEnabled()).isFalse();
        assertThat(accounts.setEnabled(second, self.username(), true).enabled()).isTrue();
    }

    @Test
    void onlyAnAdministratorOfTheUsersGovernmentChangesItOrResetsItsPassword() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        Actor otherAdmin = fixtures.user(other, "qt", Role.ADMIN, null);
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        String leader = world.leader().username();
        UserChange change = new UserChange("Lãnh đạo", null, Set.of(Role.LEADER), null, null);

        assertThatThrownBy(() -> accounts.updateUser(otherAdmin, leader, change)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.resetPassword(otherAdmin, leader, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.updateUser(world.secretariat(), leader, change))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.resetPassword(governmentAdmin, UserService.ADMIN_USERNAME, "mat-khau"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.updateUser(governmentAdmin, "khong.co.ai", change))
                .isInstanceOf(NotFoundException.class);

        assertThat(users.loadUserByUsername(leader).getPassword()).satisfies(
                hash -> assertThat(passwordEncoder.matches(Fixtures.PASSWORD, hash)).isTrue());
    }

    @Test
    void aNewPasswordIsTheTypedOneOrAGeneratedOneShownOnce() {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        String leader = world.leader().username();

        PasswordReset typed = accounts.resetPassword(governmentAdmin, leader, "mat-khau-moi");
        assertThat(typed.generated()).isFalse();
        assertThat(typed.password()).isNull();
        assertThat(passwordEncoder.matches("mat-khau-moi", users.loadUserByUsername(leader).getPassword())).isTrue();

        PasswordReset generated = accounts.resetPassword(governmentAdmin, leader, " ");
        assertThat(generated.generated()).isTrue();
        assertThat(generated.password()).hasSize(12).doesNotContain("0", "O", "1", "l", "I");
        assertThat(passwordEncoder.matches(generated.password(), users.loadUserByUsername(leader).getPassword()))
                .isTrue();

        assertThat(invalidFields(() -> accounts.resetPassword(governmentAdmin, leader, "abc")))
                .containsExactly("password");
        assertThat(passwordEncoder.matches(generated.password(), users.loadUserByUsername(leader).getPassword()))
                .isTrue();
    }
}
