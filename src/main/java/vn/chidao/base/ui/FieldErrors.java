package vn.chidao.base.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;

/**
 * Shows a service's {@link InvalidInputException} on the form: each error on the field its path names
 * ({@code title}, {@code directives[2].leadUnit}...), the rest in a notification.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * @param fieldOf the form's field for a path of the service, or null when the form has none
     */
    public static void show(Messages messages, InvalidInputException error,
                            Function<String, ? extends HasValidation> fieldOf) {
        Locale locale = UI.getCurrent() == null ? Messages.VIETNAMESE : UI.getCurrent().getLocale();
        Map<HasValidation, List<String>> placed = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (InvalidInputException.FieldError f : error.errors()) {
            String text = messages.get(locale, f.messageKey(), f.arguments());
            HasValidation field = fieldOf.apply(f.field());
            if (field == null) {
                unplaced.add(f.field() + ": " + text);
            } else {
                // One field may stand for several paths (a directive given separately to many units): say it once.
                List<String> texts = placed.computeIfAbsent(field, k -> new ArrayList<>());
                if (!texts.contains(text)) {
                    texts.add(text);
                }
            }
        }
        placed.forEach((field, texts) -> {
            field.setErrorMessage(String.join("; ", texts));
            field.setInvalid(true);
        });
        placed.keySet().stream().filter(Focusable.class::isInstance).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
        unplaced.add(0, messages.get(locale, "error.invalid"));
        Feedback.error(String.join(" ", unplaced));
    }
}
