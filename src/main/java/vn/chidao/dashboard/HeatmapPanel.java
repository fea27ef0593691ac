package vn.chidao.dashboard;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.chidao.base.ui.EmptyState;

/** The heatmap's card: what a cell means and that it opens the list, or what to do when the period is empty. */
class HeatmapPanel extends Div {

    final HeatmapChart chart = new HeatmapChart();
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
        add(new H3(getTranslation("dashboard.heatmap.title")), hint, chart, empty);
    }

    void show(Heatmap heatmap) {
        chart.setHeatmap(heatmap);
        boolean any = !heatmap.units().isEmpty();
        chart.setVisible(any);
        empty.setVisible(!any);
    }
}
