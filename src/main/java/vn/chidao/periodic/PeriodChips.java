package vn.chidao.periodic;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chidao.assignment.PeriodicReportView;
import vn.chidao.base.time.Dates;

/**
 * The reporting periods of an ongoing directive as a row of coloured chips, one per period: green reported on
 * time, red reported late or missed, slate outline still open; each names its due day, and a line below counts
 * them. The details (dates, who reported) are in each chip's tooltip.
 */
public class PeriodChips extends Div {

    /** How a period stands. */
    enum State {
        ON_TIME(VaadinIcon.CHECK),
        LATE(VaadinIcon.CLOCK),
        MISSED(VaadinIcon.EXCLAMATION),
        OPEN(VaadinIcon.HOURGLASS);

        private final VaadinIcon icon;

        State(VaadinIcon icon) {
            this.icon = icon;
        }

        static State of(PeriodicReportView p) {
            if (p.report() != null) {
                return p.overdue() ? LATE : ON_TIME;
            }
            return p.overdue() ? MISSED : OPEN;
        }

        String cssClass() {
            return "chidao-period-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    public PeriodChips(List<PeriodicReportView> periods) {
        setId("period-chips");
        addClassName("chidao-periods");
        Div row = new Div();
        row.addClassName("chidao-period-row");
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (PeriodicReportView p : periods) {
            State state = State.of(p);
            counts.merge(state, 1, Integer::sum);
            row.add(chip(p, state));
        }
        Div legend = new Div();
        legend.setId("period-summary");
        legend.addClassName("chidao-period-legend");
        for (State state : State.values()) {
            if (counts.containsKey(state)) {
                Span item = new Span(getTranslation("assignment.period.count." + state.name(), counts.get(state)));
                item.addClassNames("chidao-period-legend-item", state.cssClass());
                legend.add(item);
            }
        }
        add(row, legend);
    }

    private Div chip(PeriodicReportView p, State state) {
        Icon icon = state.icon.create();
        icon.addClassName("chidao-period-icon");
        Span number = new Span(getTranslation("assignment.period.short", p.period()));
        number.addClassName("chidao-period-no");
        Span due = new Span(DAY_MONTH.format(p.due()));
        due.addClassName("chidao-period-due");
        Div chip = new Div(icon, number, due);
        chip.setId("period-" + p.period());
        chip.addClassNames("chidao-period", state.cssClass());
        chip.getElement().setAttribute("title", tooltip(p, state));
        chip.getElement().setAttribute("aria-label", tooltip(p, state));
        return chip;
    }

    private String tooltip(PeriodicReportView p, State state) {
        String span = getTranslation("assignment.period.range", p.period(), Dates.format(p.start()), Dates.format(p.due()));
        String how = p.report() == null ? getTranslation("assignment.period.state." + state.name())
                : getTranslation("assignment.period.reported", Dates.format(p.reportedAt()), p.reportedBy())
                        + (state == State.LATE ? " · " + getTranslation("assignment.period.state.LATE") : "");
        return span + " · " + how;
    }

    /** The open period (the latest one not reported yet), or null. */
    public static PeriodicReportView open(List<PeriodicReportView> periods) {
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (periods.get(i).report() == null) {
                return periods.get(i);
            }
        }
        return null;
    }
}
