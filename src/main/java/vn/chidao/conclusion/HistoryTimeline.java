package vn.chidao.conclusion;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.time.Dates;

/** A conclusion's history, oldest first: what was done, by whom, when, and the comment (a leader's "why not"). */
class HistoryTimeline extends Div {

    HistoryTimeline(List<HistoryEntry> history) {
        addClassName("chidao-timeline");
        setId("history");
        history.forEach(entry -> add(item(entry)));
    }

    private Div item(HistoryEntry entry) {
        Span action = new Span(getTranslation("history." + entry.action()));
        action.addClassName("chidao-timeline-action");
        Span who = new Span(entry.user() + " · " + Dates.DAY_TIME.format(entry.at()));
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
