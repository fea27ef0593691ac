package vn.chidao.delivery;

import java.util.Map;
import vn.chidao.notification.NotificationKind;

/**
 * A person's own delivery settings, {@code GET/PUT /api/me/preferences}: {@code {email, language, choices:
 * {REMINDER: "IMMEDIATE" | "DIGEST" | "IN_APP", ...}}}. On the way out every kind is listed; on the way in a kind
 * left out keeps its choice.
 */
public record Preferences(String email, String language, Map<NotificationKind, DeliveryMode> choices) {
}
