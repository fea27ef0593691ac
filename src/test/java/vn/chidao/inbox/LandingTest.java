package vn.chidao.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.chidao.base.Actor;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.WebSession;
import vn.chidao.support.World;

/**
 * After signing in each role lands on its screen: leaders on the dashboard, the secretariat on the reports to
 * review, the units' people on their inbox; once: the start page is the inbox afterwards.
 */
class LandingTest extends KaribuSupport {

    @LocalServerPort
    int port;

    @Test
    void theSignInFormsSuccessMarksTheSession() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            context.publishEvent(new InteractiveAuthenticationSuccessEvent(
                    new TestingAuthenticationToken("someone", null), getClass()));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(request.getSession().getAttribute(Landing.JUST_SIGNED_IN)).isEqualTo(Boolean.TRUE);
    }

    @Test
    void signingInWithTheFormIsTheEventTheLandingHears() throws Exception {
        World world = fixtures.newWorld();
        List<String> heard = new CopyOnWriteArrayList<>();
        ApplicationListener<InteractiveAuthenticationSuccessEvent> listener =
                event -> heard.add(event.getAuthentication().getName());
        ApplicationEventMulticaster events = context.getBean(ApplicationEventMulticaster.class);
        events.addApplicationListener(listener);
        try {
            new WebSession(port).signIn(world.leader().username(), Fixtures.PASSWORD);
        } finally {
            events.removeApplicationListener(listener);
        }
        assertThat(heard).containsExactly(world.leader().username());
    }

    @Test
    void aLeaderLandsOnTheDashboardOnceThenTheStartPageIsTheInbox() {
        World world = fixtures.newWorld();

        assertThat(firstScreenOf(world.leader())).isEqualTo("DashboardView");
        UI.getCurrent().navigate("");
        assertThat(current()).isEqualTo("InboxView");
    }

    @Test
    void theSecretariatLandsOnItsDecisionQueue() {
        World world = fixtures.newWorld();

        assertThat(firstScreenOf(world.secretariat())).isEqualTo("ReviewQueueView");
    }

    @Test
    void theUnitsPeopleLandOnTheirInbox() {
        World world = fixtures.newWorld();

        assertThat(firstScreenOf(world.focalPoint(World.SO_A))).isEqualTo("InboxView");
        assertThat(firstScreenOf(world.unitHead(World.SO_A))).isEqualTo("InboxView");
    }

    @Test
    void aLinkToAnotherScreenIsFollowedAndTheLandingForgotten() {
        World world = fixtures.newWorld();
        loginAs(world.leader());
        VaadinSession.getCurrent().getSession().setAttribute(Landing.JUST_SIGNED_IN, Boolean.TRUE);

        UI.getCurrent().navigate("register");
        UI.getCurrent().navigate("");

        assertThat(current()).isEqualTo("InboxView");
    }

    /** Signs in as the form does (marking the session), then opens the start page. */
    private String firstScreenOf(Actor actor) {
        loginAs(actor);
        VaadinSession.getCurrent().getSession().setAttribute(Landing.JUST_SIGNED_IN, Boolean.TRUE);
        UI.getCurrent().navigate("");
        return current();
    }

    private static String current() {
        return UI.getCurrent().getCurrentView().getClass().getSimpleName();
    }
}
