package vn.chidao.base.ui;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels for statuses and timeliness, translated from the shared terms in messages.properties. */
public final class Badges {

    private Badges() {
    }

    /** A status badge: {@code status.<NAME>} (Dự thảo, Chờ duyệt, Đang thực hiện, Hoàn thành...). */
    public static Span status(Enum<?> status) {
        String theme = switch (status.name()) {
            case "DONE", "ISSUED" -> "badge success";
            case "AWAITING_APPROVAL", "AWAITING_REVIEW" -> "badge";
            case "DRAFT" -> "badge contrast";
            default -> "badge";
        };
        return badge("status." + status.name(), theme);
    }

    /** A timeliness badge in the official colours: green on time, red overdue or late, grey ongoing. */
    public static Span timeliness(Enum<?> timeliness) {
        String theme = switch (timeliness.name()) {
            case "DONE_ON_TIME", "OPEN_ON_TIME" -> "badge success";
            case "DONE_LATE", "OPEN_OVERDUE" -> "badge error";
            default -> "badge contrast";
        };
        return badge("timeliness." + timeliness.name(), theme);
    }

    private static Span badge(String key, String theme) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(key));
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return badge;
    }
}
