package vn.chidao.extension;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chidao.assignment.ExtensionStatus;
import vn.chidao.assignment.ExtensionView;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;

/**
 * Every extension request of a task as a small timeline, newest first: the days asked for, the status as a
 * badge, who asked (by display name when known), when and why, then who decided, when and the comment.
 */
public class ExtensionHistory extends Div {

    private final Map<String, String> names;

    /** @param displayNames people's display names by username; others show as their usernames */
    public ExtensionHistory(List<ExtensionView> requests, Map<String, String> displayNames) {
        this.names = Map.copyOf(displayNames);
        setId("extension-history");
        addClassName("chidao-extensions");
        List<ExtensionView> newestFirst = new ArrayList<>(requests);
        Collections.reverse(newestFirst);
        newestFirst.forEach(r -> add(item(r)));
    }

    private Div item(ExtensionView r) {
        Span days = new Span(Dates.format(r.previousDeadline()) + " → " + Dates.format(r.requestedDeadline()));
        days.addClassName("chidao-extension-days");
        Span status = badge(r.status());
        status.setId("extension-" + r.id() + "-status");
        Div head = new Div(days, status);
        head.addClassName("chidao-extension-head");
        Div item = new Div(head, line("assignment.extension.requestedBy", r.requestedBy(), r.requestedAt()));
        item.addClassNames("chidao-extension", "chidao-extension-" + r.status().name().toLowerCase(Locale.ROOT));
        item.setId("extension-" + r.id());
        item.add(quote(r.reason()));
        if (r.decidedBy() != null) {
            item.add(line("assignment.extension.decidedBy", r.decidedBy(), r.decidedAt()));
            if (r.comment() != null && !r.comment().isBlank()) {
                item.add(quote(r.comment()));
            }
        }
        return item;
    }

    /** PENDING amber, APPROVED green, REFUSED red, OBSOLETE grey. */
    static Span badge(ExtensionStatus status) {
        String theme = switch (status) {
            case PENDING -> "badge";
            case APPROVED -> "badge success";
            case REFUSED -> "badge error";
            case OBSOLETE -> "badge contrast";
        };
        Span badge = Badges.of("extensionStatus." + status.name(), theme);
        if (status == ExtensionStatus.PENDING) {
            badge.addClassName("chidao-badge-warn");
        }
        return badge;
    }

    private Span line(String key, String user, OffsetDateTime at) {
        Span line = new Span(getTranslation(key, names.getOrDefault(user, user), Dates.format(at)));
        line.addClassNames("chidao-muted", "chidao-extension-line");
        return line;
    }

    private static Paragraph quote(String text) {
        Paragraph quote = new Paragraph(text);
        quote.addClassName("chidao-quote");
        return quote;
    }
}
