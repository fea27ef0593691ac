package vn.chidao.base.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.Serializable;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.ActorPrincipal;

/** The signed-in user of the current UI, as an {@link Actor} for the services. */
@Component
public class CurrentUser implements Serializable {

    private final transient AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Actor actor() {
        return principal().actor();
    }

    /** The signed-in user, or nothing on the sign-in page. */
    public Optional<Actor> signedIn() {
        return authentication.getAuthenticatedUser(ActorPrincipal.class).map(ActorPrincipal::actor);
    }

    public String displayName() {
        return principal().displayName();
    }

    public void logout() {
        authentication.logout();
    }

    private ActorPrincipal principal() {
        return authentication.getAuthenticatedUser(ActorPrincipal.class)
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
