package vn.chidao.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.ui.EChart;

/**
 * The official split of the period as five tiles (done on time / late, open on time / overdue, and the ongoing
 * ones apart), each a link to those assignments in the register, and as a stacked bar: done and open, each
 * split into on time and late.
 */
class SummaryPanel extends Div {

    static final List<Timeliness> TILES = List.of(Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE,
            Timeliness.OPEN_ON_TIME, Timeliness.OPEN_OVERDUE, Timeliness.ONGOING);

    final EChart chart = new EChart();
    private final Div tiles = new Div();
    private final Map<Timeliness, Long> shown = new EnumMap<>(Timeliness.class);

    SummaryPanel() {
        addClassName("chidao-dashboard-summary");
        tiles.addClassNames("chidao-counts", "chidao-dashboard-tiles");
        tiles.setId("dashboard-counts");
        chart.setId("dashboard-split-chart");
        chart.addClassName("chidao-split-chart");
        H3 title = new H3(getTranslation("dashboard.split.title"));
        Div card = new Div(title, chart);
        card.addClassNames("chidao-card", "chidao-split-card");
        add(tiles, card);
    }

    /** The figure a tile shows. */
    long shown(Timeliness timeliness) {
        return shown.getOrDefault(timeliness, 0L);
    }

    void show(DashboardSummary summary, LocalDate from, LocalDate to, Long committeeId) {
        shown.put(Timeliness.DONE_ON_TIME, summary.doneOnTime());
        shown.put(Timeliness.DONE_LATE, summary.doneLate());
        shown.put(Timeliness.OPEN_ON_TIME, summary.openOnTime());
        shown.put(Timeliness.OPEN_OVERDUE, summary.openOverdue());
        shown.put(Timeliness.ONGOING, summary.ongoing());
        tiles.removeAll();
        for (Timeliness timeliness : TILES) {
            tiles.add(tile(timeliness, RegisterLink.split(timeliness, from, to, committeeId).href()));
        }
        chart.setOption(option(summary));
        chart.setDescription(getTranslation("dashboard.split.aria", summary.doneOnTime(), summary.doneLate(),
                summary.openOnTime(), summary.openOverdue()));
    }

    private Anchor tile(Timeliness timeliness, String href) {
        Span number = new Span(Long.toString(shown(timeliness)));
        number.addClassName("chidao-count-number");
        Span label = new Span(getTranslation("timeliness." + timeliness.name()));
        label.addClassName("chidao-count-label");
        Anchor tile = new Anchor(href);
        tile.add(number, label);
        if (timeliness == Timeliness.ONGOING) {
            Span apart = new Span(getTranslation("dashboard.tile.ongoingApart"));
            apart.addClassName("chidao-muted");
            tile.add(apart);
        }
        tile.setId("dashboard-count-" + timeliness.name());
        tile.addClassNames("chidao-count", "chidao-dashboard-tile",
                "chidao-count-" + timeliness.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        tile.getElement().setAttribute("title", getTranslation("dashboard.tile.open"));
        return tile;
    }

    /** Two bars, done and open; on time in green, late or overdue in red, the counts inside. */
    private Map<String, Object> option(DashboardSummary s) {
        Map<String, Object> option = HorizontalBars.option(
                List.of(getTranslation("dashboard.split.done"), getTranslation("dashboard.split.open")),
                Map.of("color", "var(--lumo-body-text-color)", "fontWeight", 600));
        option.put("series", List.of(
                bar(getTranslation("dashboard.split.onTime"), "var(--chidao-on-time)", s.doneOnTime(), s.openOnTime()),
                bar(getTranslation("dashboard.split.late"), "var(--chidao-overdue)", s.doneLate(), s.openOverdue())));
        return option;
    }

    /** A bar's value; a zero shows no label (it would sit on the axis). */
    private static Map<String, Object> item(long value) {
        return Map.of("value", value, "label", Map.of("show", value > 0));
    }

    private static Map<String, Object> bar(String name, String colour, long done, long open) {
        return Map.of("name", name, "type", "bar", "stack", "split", "barWidth", "55%",
                "itemStyle", Map.of("color", colour, "borderRadius", 3),
                "label", Map.of("show", true, "color", "#fff", "fontWeight", 600),
                "emphasis", Map.of("focus", "series"),
                "data", List.of(item(done), item(open)));
    }
}
