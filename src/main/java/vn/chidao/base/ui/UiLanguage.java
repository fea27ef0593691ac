package vn.chidao.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.chidao.base.Messages;

/**
 * Vietnamese unless the user picks English (kept for the session), whatever the browser says: the
 * product's users work in Vietnamese.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = UiLanguage.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(of(e.getUI().getSession())));
    }

    public static Locale of(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : Messages.VIETNAMESE;
    }

    /** Switches the current UI and the rest of the session to {@code locale}. */
    public static void choose(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(ATTRIBUTE, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
