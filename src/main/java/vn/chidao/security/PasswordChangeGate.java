package vn.chidao.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Whoever signed in with a password someone else set (the first administrator, a user an administrator created or
 * whose password they reset, where {@link PasswordPolicy#forcesChange()}) sees the change-password screen before
 * any other: every route leads there until it is changed. Only such a sign-in costs a look in the database per
 * navigation; the API is not held back (its clients change the password with {@code POST /api/me/password}).
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final transient AuthenticationContext authentication;
    private final transient PasswordService passwords;

    PasswordChangeGate(AuthenticationContext authentication, PasswordService passwords) {
        this.authentication = authentication;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        authentication.getAuthenticatedUser(ChidaoUser.class)
                .filter(ChidaoUser::passwordChangeRequired)
                .filter(user -> passwords.mustChange(user.getUsername()))
                .ifPresent(user -> event.forwardTo(ChangePasswordView.class));
    }
}
