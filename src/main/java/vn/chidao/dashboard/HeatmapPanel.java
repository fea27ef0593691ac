package vn.chidao.dashboard;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.chidao.base.ui.EmptyState;

/**
 * The heatmap's card: what a cell means and that it opens the list, the legend of the neutral cells (work, none of
 * it overdue: grey, off the colour scale), or what to do when the period is empty.
 */
class HeatmapPanel extends Div {

    final HeatmapChart chart = new HeatmapChart();
    final Span neutral = new Span();
    final EmptyState empty = new EmptyState("dashboard-heatmap-empty", VaadinIcon.CALENDAR_O.create(),
            "", "");

    HeatmapPanel(ComponentEventListener<HeatmapChart.CellClickEvent> onCell) {
        addClassNames("chidao-card", "chidao-heatmap-card");
        chart.setId("dashboard-heatmap");
        chart.setWidthFull();
        chart.addCellClickListener(onCell);
        empty.setTexts(getTranslation("dashboard.heatmap.empty"), getTranslation("dashboard.heatmap.emptyHint"));
        empty.getChildren().filter(c -> c.hasClassName("chidao-empty-icon")).findFirst()
                .ifPresent(icon -> icon.addClassName("chidao-empty-icon-muted"));
        Span hint = new Span(getTranslation("dashboard.heatmap.hint"));
        hint.addClassName("chidao-muted");
        neutral.setText(getTranslation("dashboard.heatmap.neutral"));
        neutral.setId("dashboard-heatmap-neutral");
        neutral.addClassName("chidao-heatmap-neutral");
        add(new H3(getTranslation("dashboard.heatmap.title")), hint, chart, neutral, empty);
    }

    void show(Heatmap heatmap) {
        chart.setHeatmap(heatmap);
        boolean any = !heatmap.units().isEmpty();
        chart.setVisible(any);
        neutral.setVisible(!heatmap.neutralCells().isEmpty());
        empty.setVisible(!any);
    }
}
