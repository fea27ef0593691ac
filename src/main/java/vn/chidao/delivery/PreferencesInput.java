package vn.chidao.delivery;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.notification.NotificationKind;

/**
 * The account form's bean: what {@link Preferences} carries, mutable and public for Vaadin's binder. Which choice
 * a leader may make is the service's to say.
 */
public class PreferencesInput {

    @Email(message = "{error.email}")
    @Size(max = 200, message = "{error.size}")
    private String email;

    @NotBlank(message = "{error.required}")
    private String language = "vi";

    private final Map<NotificationKind, DeliveryMode> choices = new EnumMap<>(NotificationKind.class);

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    DeliveryMode choice(NotificationKind kind) {
        return choices.getOrDefault(kind, DeliveryMode.IMMEDIATE);
    }

    void choose(NotificationKind kind, DeliveryMode mode) {
        if (mode != null) {
            choices.put(kind, mode);
        }
    }

    static PreferencesInput of(Preferences saved) {
        PreferencesInput input = new PreferencesInput();
        input.setEmail(saved.email());
        input.setLanguage(saved.language());
        if (saved.choices() != null) {
            saved.choices().forEach(input::choose);
        }
        return input;
    }

    /** A blank address means none. */
    Preferences toPreferences() {
        return new Preferences(StringUtils.trimToNull(email), language, new EnumMap<>(choices));
    }
}
