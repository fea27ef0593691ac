package vn.chidao.delivery;

/** A government's webhook as its admin sees it, never with the secret: {@code {url, enabled, secretSet}}. */
public record WebhookDto(String url, boolean enabled, boolean secretSet) {
}
