package vn.chidao.delivery;

/**
 * {@code PUT /api/admin/webhook}: {@code {url, secret, enabled}}; a secret left out keeps the one already set.
 */
public record WebhookInput(String url, String secret, Boolean enabled) {
}
