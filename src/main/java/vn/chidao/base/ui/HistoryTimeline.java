package vn.chidao.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.time.Dates;

/**
 * A history as a vertical timeline, newest first: what happened ({@code history.<ACTION>}), who (by display name
 * when known), when (dd/MM/yyyy HH:mm, Asia/Ho_Chi_Minh) and the comment.
 */
public class HistoryTimeline extends Div {

    private Map<String, String> names = Map.of();

    public HistoryTimeline() {
        addClassName("chidao-timeline");
    }

    public void setEntries(List<HistoryEntry> entries) {
        setEntries(entries, Map.of());
    }

    /**
     * @param displayNames the display names of the people named ({@link HistoryEntry#people}), by username; others
     *                     show as their usernames
     */
    public void setEntries(List<HistoryEntry> entries, Map<String, String> displayNames) {
        setEntries(entries, displayNames, entry -> null);
    }

    /** @param below what an entry shows under its comment (the files sent with a step), or null for nothing */
    public void setEntries(List<HistoryEntry> entries, Map<String, String> displayNames,
                           SerializableFunction<HistoryEntry, Component> below) {
        removeAll();
        names = Map.copyOf(displayNames);
        List<HistoryEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        newestFirst.forEach(entry -> {
            Div item = item(entry);
            Component extra = below.apply(entry);
            if (extra != null) {
                ((Div) item.getComponentAt(0)).add(extra);
            }
            add(item);
        });
    }

    private String name(String username) {
        return names.getOrDefault(username, username);
    }

    private Div item(HistoryEntry entry) {
        Span action = new Span(getTranslation("history." + entry.action()));
        action.addClassName("chidao-timeline-action");
        String when = entry.at() == null ? "" : Dates.DAY_TIME.format(entry.at().atZoneSameInstant(Dates.ZONE));
        String who = HistoryEntry.SYSTEM.equals(entry.user()) ? getTranslation("history.system") : name(entry.user());
        Span meta = new Span(who + " · " + when);
        meta.addClassName("chidao-timeline-meta");
        Div body = new Div(action, meta);
        body.addClassName("chidao-timeline-body");
        if (entry.comment() != null && !entry.comment().isBlank()) {
            boolean aName = HistoryEntry.ON_BEHALF.equals(entry.action());
            Paragraph comment = new Paragraph(aName ? name(entry.comment()) : entry.comment());
            comment.addClassName("chidao-timeline-comment");
            body.add(comment);
        }
        Div item = new Div(body);
        item.addClassNames("chidao-timeline-item", "chidao-timeline-" + entry.action().toLowerCase(Locale.ROOT));
        return item;
    }
}
