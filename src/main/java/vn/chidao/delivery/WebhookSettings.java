package vn.chidao.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apache.commons.lang3.StringUtils;

/**
 * The webhook form's bean: what {@link WebhookInput} carries, mutable and public for Vaadin's binder. Whether the
 * address is http(s) and the secret long enough is the service's to say.
 */
public class WebhookSettings {

    @NotBlank(message = "{error.required}")
    @Size(max = 500, message = "{error.size}")
    private String url;

    @Size(max = 200, message = "{error.size}")
    private String secret;

    private boolean enabled = true;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The saved webhook without its secret (never shown again); none yet: an empty one, enabled. */
    static WebhookSettings of(WebhookDto saved) {
        WebhookSettings settings = new WebhookSettings();
        if (saved != null) {
            settings.setUrl(saved.url());
            settings.setEnabled(saved.enabled());
        }
        return settings;
    }

    /** An empty secret keeps the one already set. */
    WebhookInput toInput() {
        return new WebhookInput(StringUtils.trimToNull(url), StringUtils.trimToNull(secret), enabled);
    }
}
