package vn.chidao.dashboard;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import vn.chidao.base.ui.EmptyState;

/**
 * The units by on-time rate (done on time ÷ done) in the period, with how many are done and how often each was
 * criticised (phê bình); a unit with nothing done yet shows a dash and comes last.
 */
class RankingPanel extends Div {

    final Grid<UnitRanking> grid = new Grid<>();
    final EmptyState empty = new EmptyState("dashboard-ranking-empty", VaadinIcon.TROPHY.create(), "", "");

    RankingPanel() {
        addClassNames("chidao-card", "chidao-ranking-card");
        grid.setId("dashboard-ranking");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> UnitMarks.shortName(this, r.shortName(), r.endedOn()))
                .setHeader(getTranslation("dashboard.ranking.unit")).setKey("unit")
                .setTooltipGenerator(r -> UnitMarks.name(this, r.name(), r.endedOn(), r.folded()))
                .setFlexGrow(1).setWidth("5rem");
        grid.addComponentColumn(this::rateCell).setHeader(getTranslation("dashboard.ranking.rate")).setKey("rate")
                .setFlexGrow(1).setWidth("7rem");
        grid.addColumn(UnitRanking::done).setHeader(getTranslation("dashboard.ranking.done")).setKey("done")
                .setFlexGrow(1).setWidth("5.5rem").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(UnitRanking::criticised).setHeader(getTranslation("dashboard.ranking.criticised"))
                .setKey("criticised").setFlexGrow(1).setWidth("5rem").setTextAlign(ColumnTextAlign.END)
                .setPartNameGenerator(r -> r.criticised() > 0 ? "criticised" : null);
        empty.setTexts(getTranslation("dashboard.ranking.empty"), getTranslation("dashboard.ranking.emptyHint"));
        add(new H3(getTranslation("dashboard.ranking.title")), grid, empty);
    }

    void show(List<UnitRanking> ranking) {
        grid.setItems(ranking);
        grid.setVisible(!ranking.isEmpty());
        empty.setVisible(ranking.isEmpty());
    }

    /** "86%" with a bar, or a dash while nothing is done. */
    static String percent(UnitRanking r) {
        return r.onTimeRate() == null ? "—" : Math.round(r.onTimeRate() * 100) + "%";
    }

    private Div rateCell(UnitRanking r) {
        Span text = new Span(percent(r));
        text.addClassName("chidao-rate-text");
        Div cell = new Div(text);
        cell.addClassName("chidao-rate-cell");
        if (r.onTimeRate() != null) {
            ProgressBar bar = new ProgressBar(0, 1, r.onTimeRate());
            bar.addClassName("chidao-rate-bar");
            cell.addComponentAsFirst(bar);
        }
        cell.getElement().setAttribute("title", getTranslation("dashboard.ranking.rateTitle", r.doneOnTime(), r.done()));
        return cell;
    }
}
