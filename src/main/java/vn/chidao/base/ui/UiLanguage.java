package vn.chidao.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;

/**
 * Vietnamese unless the user picks English, whatever the browser says: the product's users work in Vietnamese.
 * The choice is the person's, not only the session's: switching saves it ({@link LanguageStore}), and the first
 * screen after signing in takes the saved one, so it outlives signing out. A language picked on the sign-in page
 * becomes the person's on signing in.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = UiLanguage.class.getName();
    /** The user whose saved language the session has taken (or to whom it gave the one picked before). */
    private static final String OWNER = ATTRIBUTE + ".owner";

    private final CurrentUser user;
    private final ObjectProvider<LanguageStore> store;

    UiLanguage(CurrentUser user, ObjectProvider<LanguageStore> store) {
        this.user = user;
        this.store = store;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(forSession(e.getUI().getSession())));
    }

    /** The session's language, once the user has signed in the one they chose last. */
    Locale forSession(VaadinSession session) {
        Optional<Actor> actor = user.signedIn();
        LanguageStore languages = store.getIfAvailable();
        if (session != null && actor.isPresent() && languages != null
                && !actor.get().username().equals(session.getAttribute(OWNER))) {
            session.setAttribute(OWNER, actor.get().username());
            if (session.getAttribute(ATTRIBUTE) instanceof Locale picked) {
                languages.save(actor.get(), picked);
            } else {
                languages.saved(actor.get()).ifPresent(saved -> session.setAttribute(ATTRIBUTE, saved));
            }
        }
        return of(session);
    }

    public static Locale of(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Messages.VIETNAMESE;
    }

    /** Switches the current UI and the rest of the session to {@code locale}, and keeps it for the signed-in user. */
    public void choose(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(ATTRIBUTE, locale);
        LanguageStore languages = store.getIfAvailable();
        Optional<Actor> actor = user.signedIn();
        if (languages != null && actor.isPresent()) {
            languages.save(actor.get(), locale);
            ui.getSession().setAttribute(OWNER, actor.get().username());
        }
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
