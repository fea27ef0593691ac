package vn.chidao.inbox;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.ui.CurrentUser;

/**
 * Where each role lands after signing in, when the sign-in leads to the start page ({@code ""}, the inbox): leaders
 * on the dashboard, the secretariat on the reports waiting for its decision ({@code review}); the units' people on
 * their inbox. Only the first screen after the sign-in: the inbox opens as usual afterwards. (An administrator with
 * no other role always goes to the administration: {@link InboxView}.)
 */
@Component
class Landing implements VaadinServiceInitListener {

    /** The session's mark that the next screen is the first after signing in. */
    static final String JUST_SIGNED_IN = Landing.class.getName() + ".justSignedIn";
    static final String LEADERS = "dashboard";
    static final String SECRETARIAT = "review";

    private final transient CurrentUser user;

    Landing(CurrentUser user) {
        this.user = user;
    }

    /** The screen of the first role that has one, leaders first; none: the inbox. */
    static Optional<String> screenOf(Set<Role> roles) {
        if (roles.contains(Role.LEADER)) {
            return Optional.of(LEADERS);
        }
        return roles.contains(Role.SECRETARIAT) ? Optional.of(SECRETARIAT) : Optional.empty();
    }

    /** The sign-in form's success (not the API's HTTP Basic, which has no screens). */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().getSession().setAttribute(JUST_SIGNED_IN, Boolean.TRUE);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session == null || session.getAttribute(JUST_SIGNED_IN) == null) {
            return;
        }
        Optional<Actor> actor = user.signedIn();
        if (actor.isEmpty()) {
            return;
        }
        session.removeAttribute(JUST_SIGNED_IN);
        if (event.getNavigationTarget() == InboxView.class
                && event.getLocation().getQueryParameters().getParameters().isEmpty()) {
            screenOf(actor.get().roles()).ifPresent(event::forwardTo);
        }
    }
}
