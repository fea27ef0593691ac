package vn.chidao.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chidao.base.Actor;
import vn.chidao.security.UserService;

/**
 * Base of the server-side UI tests (Karibu-Testing): the real views with the real Spring services, no browser.
 * {@link #loginAs(Actor)} signs a user in and opens a fresh UI, so route access rules apply as in production.
 * Tagged {@code ui}: the PostgreSQL run leaves these out (pom.xml's {@code postgres-tests}), since views reach the
 * database only through the services, which the service, process and API tests run there.
 */
@ChidaoTest
@Tag("ui")
public abstract class KaribuSupport {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected Fixtures fixtures;
    @Autowired
    private UserService users;
    /** Tests that show days left fix the clock with it; it is reset after each test. */
    @Autowired
    protected TimeTravel time;

    /** Signs {@code actor} in (as Spring Security would after the login form) and opens a new UI. */
    protected void loginAs(Actor actor) {
        MockVaadin.tearDown();
        Authentication authentication = authenticate(actor);
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(ROUTES, context, MockedUI::new));
        principal(authentication);
    }

    /** Opens a new UI in a new session with nobody signed in: the sign-in page. */
    protected void openSignedOut() {
        MockVaadin.tearDown();
        clearSecurityContexts();
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(ROUTES, context, MockedUI::new));
    }

    /** Signs {@code actor} in within the session already open (as the sign-in form does) and loads a new page. */
    protected void signInWithinSession(Actor actor) {
        principal(authenticate(actor));
        UI.getCurrent().getPage().reload();
    }

    private void clearSecurityContexts() {
        SecurityContextHolder.clearContext();
        context.getBean(SecurityContextHolderStrategy.class).clearContext();
    }

    private Authentication authenticate(Actor actor) {
        UserDetails user = users.loadUserByUsername(actor.username());
        Authentication authentication =
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // The application context's own strategy too: another context started in this JVM (a second node in a
        // test) replaces the static holder's strategy with its own, and the services read the context's.
        context.getBean(SecurityContextHolderStrategy.class).getContext().setAuthentication(authentication);
        return authentication;
    }

    private static void principal(Authentication authentication) {
        var request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Every {@code @Route} and {@code @Layout} under vn.chidao, package-private ones included (Karibu's own
     * discovery sees only public classes; our views are package-private like the rest of each feature).
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        // The automatic layout (@Layout: MainLayout with its navigation) is registered with the routes.
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("vn.chidao")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return new Routes(views, new HashSet<>(), false).addErrorRoutes(MockRouteNotFoundError.class,
                MockRouteAccessDeniedError.class);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        clearSecurityContexts();
        time.reset();
    }
}
