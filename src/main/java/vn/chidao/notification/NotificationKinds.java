package vn.chidao.notification;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.chidao.base.ui.Badges;

/**
 * A notification's kind as a coloured badge: reminders calm (slate blue), overdue notices and escalations red,
 * extensions amber, a leader's instruction in the deep red of official documents.
 */
final class NotificationKinds {

    private NotificationKinds() {
    }

    static Span badge(NotificationKind kind) {
        String theme = switch (kind) {
            case REMINDER -> "badge";
            case OVERDUE -> "badge error";
            case ESCALATION -> "badge error primary";
            case EXTENSION_REQUESTED, EXTENSION_DECIDED -> "badge contrast";
            case LEADER_ACTION, REPORT_RETURNED, DRAFT_REJECTED -> "badge primary";
            case TASK_ASSIGNED, APPROVAL_NEEDED, REVIEW_NEEDED, SIGN_OFF_NEEDED -> "badge success";
            case EXTENSION_WITHDRAWN, DIRECTIVE_CANCELLED, DIRECTIVE_CLOSED -> "badge contrast";
        };
        Span badge = Badges.of("notificationKind." + kind.name(), theme);
        badge.addClassName("chidao-notice-kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (kind == NotificationKind.REMINDER) {
            badge.addClassName("chidao-badge-info");
        }
        if (kind == NotificationKind.EXTENSION_REQUESTED || kind == NotificationKind.EXTENSION_DECIDED) {
            badge.addClassName("chidao-badge-warn");
        }
        return badge;
    }
}
