package vn.chidao.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;

/** Short messages to the user: success, and the services' refusals in the user's language. */
public final class Feedback {

    private Feedback() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows why a service refused, e.g. "already acknowledged by someone else". */
    public static void refused(Messages messages, DomainException error) {
        error(describe(messages, error));
    }

    public static String describe(Messages messages, DomainException error) {
        Locale locale = UI.getCurrent() == null ? Messages.VIETNAMESE : UI.getCurrent().getLocale();
        if (error instanceof InvalidInputException invalid) {
            return invalid.errors().stream()
                    .map(f -> f.field() + ": " + messages.get(locale, f.messageKey(), f.arguments()))
                    .collect(Collectors.joining("; "));
        }
        return messages.describe(locale, error);
    }
}
