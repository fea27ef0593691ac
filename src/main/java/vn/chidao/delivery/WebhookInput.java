package vn.chidao.delivery;

/**
 * {@code PUT /api/admin/webhook}: {@code {url, secret, enabled}}; a secret left out keeps the one already set.
 */
public record WebhookInput(String url, String secret, Boolean enabled) {

    /** Without the secret: logs (Spring MVC's debug lines print request bodies) never show it. */
    @Override
    public String toString() {
        return "WebhookInput[url=" + url + ", secretSet=" + (secret != null) + ", enabled=" + enabled + "]";
    }
}
