package vn.chidao.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.time.Dates;

/**
 * A history as a vertical timeline, newest first: what happened ({@code history.<ACTION>}), who, when
 * (dd/MM/yyyy HH:mm, Asia/Ho_Chi_Minh) and the comment.
 */
public class HistoryTimeline extends Div {

    public HistoryTimeline() {
        addClassName("chidao-timeline");
    }

    public void setEntries(List<HistoryEntry> entries) {
        removeAll();
        List<HistoryEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        newestFirst.forEach(entry -> add(item(entry)));
    }

    private Div item(HistoryEntry entry) {
        Span action = new Span(getTranslation("history." + entry.action()));
        action.addClassName("chidao-timeline-action");
        String when = entry.at() == null ? "" : Dates.DAY_TIME.format(entry.at().atZoneSameInstant(Dates.ZONE));
        String who = HistoryEntry.SYSTEM.equals(entry.user()) ? getTranslation("history.system") : entry.user();
        Span meta = new Span(who + " · " + when);
        meta.addClassName("chidao-timeline-meta");
        Div body = new Div(action, meta);
        body.addClassName("chidao-timeline-body");
        if (entry.comment() != null && !entry.comment().isBlank()) {
            Paragraph comment = new Paragraph(entry.comment());
            comment.addClassName("chidao-timeline-comment");
            body.add(comment);
        }
        Div item = new Div(body);
        item.addClassNames("chidao-timeline-item", "chidao-timeline-" + entry.action().toLowerCase(Locale.ROOT));
        return item;
    }
}
