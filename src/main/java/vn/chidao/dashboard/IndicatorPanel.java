package vn.chidao.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.ui.EChart;

/**
 * Open, overdue and done-late assignments per DTI main indicator as a horizontal stacked bar chart; a click on a
 * bar opens the register on that indicator and that part, for the same period and committee (like a heatmap cell).
 */
class IndicatorPanel extends Div {

    /** The chart's parts, in the order of its series. */
    static final List<Timeliness> PARTS = List.of(Timeliness.OPEN_ON_TIME, Timeliness.OPEN_OVERDUE,
            Timeliness.DONE_LATE);

    final EChart chart = new EChart();
    private final Consumer<RegisterLink> open;
    private List<IndicatorCounts> shown = List.of();
    private LocalDate from;
    private LocalDate to;
    private Long committeeId;

    IndicatorPanel(Consumer<RegisterLink> open) {
        this.open = open;
        addClassNames("chidao-card", "chidao-indicator-card");
        chart.setId("dashboard-indicator-chart");
        chart.setHeight("360px");
        chart.getElement().addEventListener("chart-click", e -> clicked(
                e.getEventData().getString("event.detail.series"), e.getEventData().getString("event.detail.name")))
                .addEventData("event.detail.series").addEventData("event.detail.name");
        add(new H3(getTranslation("dashboard.indicators.title")), chart);
    }

    List<IndicatorCounts> shown() {
        return shown;
    }

    void show(List<IndicatorCounts> counts, LocalDate from, LocalDate to, Long committeeId) {
        this.shown = counts;
        this.from = from;
        this.to = to;
        this.committeeId = committeeId;
        chart.setOption(option(counts));
        chart.setDescription(getTranslation("dashboard.indicators.aria", counts.size()));
    }

    /** A bar of the series {@code series} (a part's label) and the category {@code name} (an indicator's name). */
    void clicked(String series, String name) {
        Timeliness part = PARTS.stream().filter(p -> label(p).equals(series)).findFirst().orElse(null);
        IndicatorCounts indicator = shown.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (part != null && indicator != null) {
            open.accept(RegisterLink.indicator(indicator.code(), part, from, to, committeeId));
        }
    }

    private String label(Timeliness part) {
        return getTranslation("timeliness." + part.name());
    }

    private Map<String, Object> option(List<IndicatorCounts> counts) {
        Map<String, Object> option = HorizontalBars.option(counts.stream().map(IndicatorCounts::name).toList(),
                Map.of("color", "var(--lumo-body-text-color)"));
        option.put("series", List.of(
                bar(label(Timeliness.OPEN_ON_TIME), "var(--chidao-on-time)",
                        counts.stream().map(IndicatorCounts::open).toList()),
                bar(label(Timeliness.OPEN_OVERDUE), "var(--chidao-overdue)",
                        counts.stream().map(IndicatorCounts::overdue).toList()),
                bar(label(Timeliness.DONE_LATE), "var(--lumo-warning-color)",
                        counts.stream().map(IndicatorCounts::doneLate).toList())));
        return option;
    }

    private static Map<String, Object> bar(String name, String colour, List<Long> values) {
        return Map.of("name", name, "type", "bar", "stack", "indicators", "barWidth", "55%",
                "itemStyle", Map.of("color", colour, "borderRadius", 3),
                "label", Map.of("show", false), "emphasis", Map.of("focus", "series"),
                "data", values.stream().map(v -> Map.of("value", v, "label", Map.of("show", v > 0))).toList());
    }
}
