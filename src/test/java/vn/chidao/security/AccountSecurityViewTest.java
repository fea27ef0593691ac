package vn.chidao.security;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The change-password screen, from the user's menu; a password someone else set leads there before any other screen
 * until it is changed; the users screen marks who is locked out after failed sign-ins and lifts it.
 */
class AccountSecurityViewTest extends KaribuSupport {

    @Autowired
    UserService users;
    @Autowired
    UserRepository userRepository;
    @Autowired
    OrganisationService organisation;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SignInLockout lockout;
    @Autowired
    RecentTokens recentTokens;

    @Test
    void theUserMenuLeadsToTheChangeOfOnesPassword() {
        World world = fixtures.newWorld();
        Actor focalPoint = world.focalPoint(World.SO_A);
        loginAs(focalPoint);
        UI.getCurrent().navigate("");

        _clickItemWithID(_get(ContextMenu.class, s -> s.withId("user-menu")), "user-menu-password");
        ChangePasswordView screen = _get(ChangePasswordView.class);
        assertThat(screen.required.isVisible()).isFalse();
        _setValue(screen.current, "không-phải");
        _setValue(screen.next, "mật-khẩu-mới");
        _setValue(screen.repeated, "mật-khẩu-khác");
        _click(screen.save);
        _expectInvalid(screen.repeated, "không khớp với mật khẩu mới");

        _setValue(screen.repeated, "mật-khẩu-mới");
        _click(screen.save);
        _expectInvalid(screen.current, "mật khẩu hiện tại không đúng");
        assertThat(passwordEncoder.matches(Fixtures.PASSWORD, passwordOf(focalPoint))).isTrue();

        _setValue(screen.current, Fixtures.PASSWORD);
        _setValue(screen.next, "abc");
        _setValue(screen.repeated, "abc");
        _click(screen.save);
        _expectInvalid(screen.next, "phải có ít nhất 4 ký tự");

        _setValue(screen.next, "mật-khẩu-mới");
        _setValue(screen.repeated, "mật-khẩu-mới");
        _click(screen.save);
        assertThat(passwordEncoder.matches("mật-khẩu-mới", passwordOf(focalPoint))).isTrue();
        assertThat(screen.current.getValue()).isEmpty();
        assertThat(_get(ChangePasswordView.class)).as("stays on the screen").isSameAs(screen);
    }

    @Test
    void aPasswordSomeoneElseSetLeadsToTheChangeBeforeAnyOtherScreen() {
        World world = fixtures.newWorld();
        Actor admin = fixtures.user(world, "qt", Role.ADMIN, null);
        Actor leader = world.leader();
        // The production setting (chidao.security.force-password-change), on a service of its own.
        UserAccountService forcing = new UserAccountService(userRepository, users, organisation, passwordEncoder,
                recentTokens, new PasswordPolicy(PasswordPolicy.Mode.DEMO, true));
        transactions.executeWithoutResult(tx -> forcing.resetPassword(admin, leader.username(), "tạm-thời"));

        loginAs(leader);
        UI.getCurrent().navigate("");
        ChangePasswordView screen = _get(ChangePasswordView.class);
        assertThat(screen.required.isVisible()).isTrue();
        UI.getCurrent().navigate("dashboard");
        assertThat(_get(ChangePasswordView.class)).isNotNull();
        UI.getCurrent().navigate("conclusions");
        screen = _get(ChangePasswordView.class);

        _setValue(screen.current, "tạm-thời");
        _setValue(screen.next, "của-riêng-tôi");
        _setValue(screen.repeated, "của-riêng-tôi");
        _click(screen.save);

        _assertNone(ChangePasswordView.class);
        UI.getCurrent().navigate("dashboard");
        _assertNone(ChangePasswordView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dashboard");
    }

    @Test
    void theUsersScreenMarksALockedOutUserAndLiftsTheLock() {
        World world = fixtures.newWorld();
        String leader = world.leader().username();
        for (int i = 0; i < SignInLockout.MOST_FAILURES; i++) {
            lockout.failed(leader, "203.0.113.9");
        }
        assertThat(lockout.standing(leader, "203.0.113.9").locked()).isTrue();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/users");
        _setValue(_get(TextField.class, s -> s.withId("users-search")), leader);

        assertThat(_find(cell(leader, "status"), Span.class).stream().map(Span::getText))
                .contains("Tạm khóa đăng nhập");
        _click(_get(cell(leader, "actions"), Button.class, s -> s.withId("user-unlock-" + leader)));

        assertThat(lockout.standing(leader, "203.0.113.9").locked()).isFalse();
        assertThat(_find(cell(leader, "actions"), Button.class, s -> s.withId("user-unlock-" + leader))).isEmpty();
    }

    private String passwordOf(Actor actor) {
        return users.loadUserByUsername(actor.username()).getPassword();
    }

    @SuppressWarnings("unchecked")
    private static Component cell(String username, String column) {
        Grid<UserDto> grid = _get(Grid.class, s -> s.withId("users"));
        List<String> usernames = _findAll(grid).stream().map(UserDto::username).toList();
        return _getCellComponent(grid, usernames.indexOf(username), column);
    }
}
