package vn.chidao.conclusion;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.time.Dates;

/**
 * A conclusion's history, oldest first: what was done, by whom (their display name when known), when, and the
 * comment (a leader's "why not").
 */
class HistoryTimeline extends Div {

    private final Map<String, String> names;

    HistoryTimeline(List<HistoryEntry> history, Map<String, String> displayNames) {
        this.names = Map.copyOf(displayNames);
        addClassName("chidao-timeline");
        setId("history");
        history.forEach(entry -> add(item(entry)));
    }

    private Div item(HistoryEntry entry) {
        Span action = new Span(getTranslation("history." + entry.action()));
        action.addClassName("chidao-timeline-action");
        Span who = new Span(names.getOrDefault(entry.user(), entry.user()) + " · " + Dates.DAY_TIME.format(entry.at()));
        who.addClassName("chidao-conclusion-muted");
        Div item = new Div(action, who);
        item.addClassName("chidao-timeline-item");
        item.addClassName("chidao-timeline-" + entry.action().toLowerCase());
        if (entry.comment() != null && !entry.comment().isBlank()) {
            Paragraph comment = new Paragraph(entry.comment());
            comment.addClassName("chidao-timeline-comment");
            item.add(comment);
        }
        return item;
    }
}
