package vn.chidao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidao.support.Rules.invalidFields;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/** Who creates users, which usernames are taken (409), and what a user needs (400). */
@ChidaoTest
class UserRulesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserService users;

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
                new NewUser("a b", "12", "", Set.of(), code, null, "không-phải-email"))))
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
                .isInstanceOf(ForbiddenException.class);
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
}
