package vn.chidao.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Small coloured labels for statuses and timeliness, translated from the shared terms in messages.properties. */
public final class Badges {

    private Badges() {
    }

    /** A status badge: {@code status.<NAME>} (Dự thảo, Chờ duyệt, Đang thực hiện, Hoàn thành...). */
    public static Span status(Enum<?> status) {
        return status(status.name());
    }

    /** The same by name, for features that see another feature's statuses as names. */
    public static Span status(String status) {
        String theme = switch (status) {
            case "DONE", "ISSUED" -> "badge success";
            case "DRAFT", "ASSIGNED" -> "badge contrast";
            default -> "badge";
        };
        Span badge = badge("status." + status, theme);
        if ("badge".equals(theme)) {
            // Work under way reads calm (slate blue), not in the primary red that errors share.
            badge.addClassName("chidao-badge-info");
        }
        return badge;
    }

    /** A timeliness badge in the official colours: green on time, red overdue or late, grey ongoing. */
    public static Span timeliness(Enum<?> timeliness) {
        return timeliness(timeliness.name());
    }

    /** The same by name. */
    public static Span timeliness(String timeliness) {
        String theme = switch (timeliness) {
            case "DONE_ON_TIME", "OPEN_ON_TIME" -> "badge success";
            case "DONE_LATE", "OPEN_OVERDUE" -> "badge error";
            default -> "badge contrast";
        };
        return badge("timeliness." + timeliness, theme);
    }

    /** A unit's part in a directive: {@code role.LEAD} (chủ trì) stands out, {@code role.COORDINATE} does not. */
    public static Span role(Enum<?> role) {
        return role(role.name());
    }

    /** The same by name. */
    public static Span role(String role) {
        return badge("role." + role, "LEAD".equals(role) ? "badge contrast primary" : "badge contrast");
    }

    /**
     * Any translated badge; {@code theme} is Lumo's badge variants, e.g. {@code "badge success small"}; add
     * the class {@code chidao-badge-info} for a calm slate-blue one.
     */
    public static Span of(String key, String theme) {
        return badge(key, theme);
    }

    /** A badge of a text that needs no translation, e.g. a unit's code. */
    public static Span plain(String text, String theme) {
        Span badge = badge(null, theme);
        badge.setText(text);
        return badge;
    }

    private static Span badge(String key, String theme) {
        Span badge = new Span();
        if (key != null) {
            badge.setText(badge.getTranslation(key));
        }
        badge.addClassName("chidao-badge");
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return badge;
    }
}
