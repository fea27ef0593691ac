package vn.chidao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.Role;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/** The users list's search: by name, sign-in name or email, case-insensitively, among the users one manages. */
@ChidaoTest
class UserSearchTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserService users;

    @Test
    void anAdministratorFindsUsersByNameLoginOrEmailInTheirGovernmentOnly() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        String hoa = secretariat(world, "hoa", "Lê Thị Hoa", "hoa.le@sotttt.gov.vn");
        secretariat(other, "hoa", "Lê Thị Hoa", null);
        Actor admin = fixtures.user(world, "qt", Role.ADMIN, null);
        String prefix = world.government().code().toLowerCase();

        assertThat(found(admin, "THỊ HOA")).containsExactly(hoa);
        assertThat(found(admin, " hoa.le@ ")).containsExactly(hoa);
        assertThat(found(admin, prefix + ".dm.")).containsExactly(prefix + ".dm.huyena", prefix + ".dm.soa",
                prefix + ".dm.sob");
        assertThat(users.count(admin, prefix + ".dm.")).isEqualTo(3);
        assertThat(found(admin, "%")).isEmpty();
        assertThat(found(admin, "_")).isEmpty();
        assertThat(users.count(admin, "")).isEqualTo(users.users(admin).size());
    }

    @Test
    void theInstallationAdministratorSearchesEveryGovernmentAPageAtATime() {
        World world = fixtures.newWorld();
        World other = fixtures.newWorld();
        // the same name in two governments, met nowhere else (a database kept between runs included)
        String name = "Phan Văn Khải " + world.government().code();
        String first = secretariat(world, "khai", name, null);
        String second = secretariat(other, "khai", name, null);
        String words = name.toUpperCase(Locale.ROOT);

        Page<UserDto> page = users.search(fixtures.admin(), words, PageRequest.of(0, 1));

        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.getContent()).extracting(UserDto::username).containsExactly(first);
        assertThat(users.search(fixtures.admin(), words, PageRequest.of(1, 1)).getContent())
                .extracting(UserDto::username).containsExactly(second);
        assertThat(users.search(fixtures.admin(), words, Pageable.unpaged()).getContent())
                .extracting(UserDto::governmentCode)
                .containsExactly(world.government().code(), other.government().code());
    }

    @Test
    void onlyAdministratorsSearch() {
        World world = fixtures.newWorld();

        assertThatThrownBy(() -> users.search(world.secretariat(), "a", PageRequest.of(0, 10)))
                .isInstanceOf(ForbiddenException.class);
    }

    private List<String> found(Actor admin, String text) {
        return users.search(admin, text, PageRequest.of(0, 50)).getContent().stream().map(UserDto::username).toList();
    }

    /** A secretariat officer of the world's government, signing in as {@code <code>.vp.<login>}. */
    private String secretariat(World world, String login, String name, String email) {
        String username = world.government().code().toLowerCase() + ".vp." + login;
        users.createUser(fixtures.admin(), new NewUser(username, Fixtures.PASSWORD, name, Set.of(Role.SECRETARIAT),
                world.government().code(), null, email));
        return username;
    }
}
