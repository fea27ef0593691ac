package vn.chidao.dashboard;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chidao.base.ui.ValueTooltips;
import vn.chidao.conclusion.CommitteeDto;

/**
 * The dashboard's filters: a committee (empty: all of them), the months of the deadline, by default the last
 * twelve, and, where the government has ended units, whether they show as they were or folded into their successor
 * ({@link EndedUnits}). A change calls back once the period reads from a month to a month not before it.
 */
class DashboardFilters extends HorizontalLayout {

    /** Months offered: this many back and ahead of this month (deadlines may lie ahead). */
    static final int MONTHS_BACK = 96;
    static final int MONTHS_AHEAD = 23;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    final ComboBox<CommitteeDto> committee = new ComboBox<>();
    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final Select<EndedUnits> endedUnits = new Select<>();

    /** {@code offerEndedUnits}: whether to offer the choice (the government has ended units the caller sees). */
    DashboardFilters(List<CommitteeDto> committees, YearMonth thisMonth, DashboardService.MonthRange period,
                     boolean offerEndedUnits, Runnable onChange) {
        addClassNames("chidao-filters", "chidao-dashboard-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.END);
        committee.setId("dashboard-committee");
        committee.setLabel(getTranslation("dashboard.committee"));
        committee.setItems(committees);
        committee.setItemLabelGenerator(CommitteeDto::name);
        committee.setPlaceholder(getTranslation("dashboard.allCommittees"));
        committee.setClearButtonVisible(true);
        committee.setWidth("18rem");
        committee.getStyle().set("--vaadin-combo-box-overlay-width", "28rem");
        ValueTooltips.follow(committee);
        List<YearMonth> months = new ArrayList<>();
        for (int m = -MONTHS_BACK; m <= MONTHS_AHEAD; m++) {
            months.add(thisMonth.plusMonths(m));
        }
        month(from, "dashboard-from", "dashboard.from", months, period.from());
        month(to, "dashboard-to", "dashboard.to", months, period.to());
        endedUnits.setId("dashboard-ended-units");
        endedUnits.setLabel(getTranslation("dashboard.endedUnits"));
        endedUnits.setItems(EndedUnits.values());
        endedUnits.setItemLabelGenerator(e -> getTranslation("dashboard.endedUnits." + e.name()));
        endedUnits.setValue(EndedUnits.AS_WERE);
        endedUnits.setHelperText(getTranslation("dashboard.endedUnits.hint"));
        endedUnits.setMinWidth("14rem");
        endedUnits.setVisible(offerEndedUnits);
        add(committee, from, to, endedUnits);
        committee.addValueChangeListener(e -> onChange.run());
        endedUnits.addValueChangeListener(e -> onChange.run());
        from.addValueChangeListener(e -> {
            if (period().isPresent()) {
                onChange.run();
            }
        });
        to.addValueChangeListener(e -> {
            if (period().isPresent()) {
                onChange.run();
            }
        });
    }

    private void month(ComboBox<YearMonth> box, String id, String label, List<YearMonth> months, YearMonth value) {
        box.setId(id);
        box.setLabel(getTranslation(label));
        box.setItems(months);
        box.setItemLabelGenerator(m -> m.format(MONTH));
        box.setValue(value);
        box.setWidth("8.5rem");
        box.setAllowCustomValue(false);
    }

    /** The committee's id as the services take it; null for all. */
    String committeeId() {
        return committee.getValue() == null ? null : Long.toString(committee.getValue().id());
    }

    /** How to show ended units: as they were unless the leader chose to fold them. */
    EndedUnits ended() {
        return endedUnits.getValue() == null ? EndedUnits.AS_WERE : endedUnits.getValue();
    }

    /** The chosen months, or empty (and the "to" field marked) while they make no period. */
    Optional<Period> period() {
        YearMonth first = from.getValue();
        YearMonth last = to.getValue();
        boolean valid = first != null && last != null && !last.isBefore(first);
        to.setInvalid(first != null && last != null && last.isBefore(first));
        to.setErrorMessage(to.isInvalid() ? getTranslation("dashboard.toBeforeFrom") : null);
        return valid ? Optional.of(new Period(first, last)) : Optional.empty();
    }

    /** Months of the deadline, both included. */
    record Period(YearMonth from, YearMonth to) {
    }
}
