package vn.chidao.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * Each role's navigation (the menu entries {@code MainLayout} lists) offers the screens it may open, and the
 * others refuse it.
 */
class NavigationViewTest extends KaribuSupport {

    private static final List<String> ADMIN_SCREENS = List.of("admin/governments", "admin/units", "admin/users");

    @Test
    void theSecretariatSeesTheConclusionsButNeitherApprovalsNorAdministration() {
        World world = fixtures.newWorld();

        assertThat(menuOf(world.secretariat())).contains("conclusions")
                .doesNotContain("approvals").doesNotContainAnyElementsOf(ADMIN_SCREENS);
    }

    @Test
    void aLeaderSeesApprovalsAndConclusions() {
        World world = fixtures.newWorld();

        assertThat(menuOf(world.leader())).contains("approvals", "conclusions")
                .doesNotContainAnyElementsOf(ADMIN_SCREENS);
    }

    @Test
    void aFocalPointSeesNeitherConclusionScreensNorAdministration() {
        World world = fixtures.newWorld();

        assertThat(menuOf(world.focalPoint(World.SO_A))).doesNotContain("conclusions", "approvals")
                .doesNotContainAnyElementsOf(ADMIN_SCREENS);
    }

    @Test
    void aGovernmentsAdministratorSeesTheAdministrationAndReadsTheGovernmentsWork() {
        World world = fixtures.newWorld();
        Actor admin = fixtures.user(world, "qt", Role.ADMIN, null);

        assertThat(menuOf(admin)).containsAll(ADMIN_SCREENS).contains("conclusions", "dashboard", "register")
                .doesNotContain("approvals");
    }

    @Test
    void theInstallationsAdministratorHasNoGovernmentsWorkToRead() {
        assertThat(menuOf(fixtures.admin())).doesNotContain("conclusions", "dashboard", "register", "approvals");
    }

    @Test
    void onlyTheInstallationsAdministratorHasTheLinkToCockpit() {
        World world = fixtures.newWorld();

        loginAs(fixtures.admin());
        UI.getCurrent().navigate("");
        SideNavItem cockpit = _get(SideNavItem.class, spec -> spec.withId("cockpit-link"));
        assertThat(cockpit.getPath()).isEqualTo("camunda/app/cockpit/default/");
        assertThat(cockpit.isRouterIgnore()).isTrue();
        assertThat(cockpit.isOpenInNewBrowserTab()).isTrue();

        for (Actor other : List.of(fixtures.user(world, "qt", Role.ADMIN, null), world.secretariat())) {
            loginAs(other);
            UI.getCurrent().navigate("");
            _assertNone(SideNavItem.class, spec -> spec.withId("cockpit-link"));
        }
    }

    @Test
    void aFocalPointCannotOpenTheEditorNorTheApprovals() {
        World world = fixtures.newWorld();
        loginAs(world.focalPoint(World.SO_A));

        assertThatThrownBy(() -> UI.getCurrent().navigate("conclusions/new"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("approvals"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLeaderCannotOpenTheEditor() {
        World world = fixtures.newWorld();
        loginAs(world.leader());

        assertThatThrownBy(() -> UI.getCurrent().navigate("conclusions/new"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> menuOf(Actor actor) {
        loginAs(actor);
        UI.getCurrent().navigate("");
        return MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path)
                .map(path -> path.startsWith("/") ? path.substring(1) : path).toList();
    }
}
