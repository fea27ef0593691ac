package vn.chidao.register;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.time.Dates;
import vn.chidao.base.DomainException;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.base.ui.ValueTooltips;
import vn.chidao.conclusion.CommitteeDto;
import vn.chidao.conclusion.ConclusionFilter;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.ConclusionStatus;
import vn.chidao.conclusion.ConclusionSummary;
import vn.chidao.indicator.IndicatorDto;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;

/**
 * The register's filter bar, wrapping onto more lines on narrow screens: text, committee, conclusion, unit and
 * kind of unit (whole-government readers), status, timeliness (several at once), DTI indicator and the deadline
 * range. It
 * tells its listener once per change, also when a whole filter is shown at once ({@link #show}).
 */
class RegisterFilters extends HorizontalLayout {

    final TextField text = new TextField();
    final ComboBox<CommitteeDto> committee = new ComboBox<>();
    final ComboBox<ConclusionOption> conclusion = new ComboBox<>();
    final ComboBox<UnitDto> unit = new ComboBox<>();
    final ComboBox<UnitKind> unitKind = new ComboBox<>();
    final ComboBox<AssignmentStatus> status = new ComboBox<>();
    final MultiSelectComboBox<Timeliness> timeliness = new MultiSelectComboBox<>();
    final ComboBox<IndicatorDto> indicator = new ComboBox<>();
    final DatePicker deadlineFrom;
    final DatePicker deadlineTo;
    private final Actor actor;
    private final ConclusionService conclusions;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean quiet;
    private final List<UnitDto> allUnits;

    /** A conclusion in the filter: its id and "number — title". */
    record ConclusionOption(long id, String label) {
    }

    /** @param indicators the DTI indicators, main ones each followed by its sub-indicators */
    RegisterFilters(Actor actor, OrganisationService organisation, ConclusionService conclusions,
                    List<IndicatorDto> indicators) {
        this.actor = actor;
        this.conclusions = conclusions;
        this.deadlineFrom = DatePickers.create(getTranslation("register.deadlineFrom"));
        this.deadlineTo = DatePickers.create(getTranslation("register.deadlineTo"));
        addClassName("chidao-filters");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.END);
        boolean whole = AssignmentSearch.seesWholeGovernment(actor);
        text.setId("filter-text");
        text.setLabel(getTranslation("register.text"));
        text.setPlaceholder(getTranslation("register.textPlaceholder"));
        text.setClearButtonVisible(true);
        text.setMaxLength(AssignmentSearch.MAX_TEXT);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(600);
        text.setMinWidth("16rem");
        combo(committee, "filter-committee", "register.committee", CommitteeDto::name);
        committee.setItems(conclusions.committeeList(actor));
        committee.setMinWidth("14rem");
        combo(conclusion, "filter-conclusion", "register.conclusion", ConclusionOption::label);
        conclusion.setVisible(whole);
        conclusion.setMinWidth("16rem");
        if (whole) {
            Sort newestFirst = Sort.by(Sort.Order.desc("issuedDate"), Sort.Order.desc("id"));
            conclusion.setItems(query -> conclusions.page(actor,
                    new ConclusionFilter(ConclusionStatus.ISSUED, query.getFilter().orElse(null)),
                    PageRequest.of(query.getPage(), query.getPageSize(), newestFirst))
                    .stream().map(RegisterFilters::option));
        }
        combo(unit, "filter-unit", "register.unit", this::unitLabel);
        allUnits = organisation.units(actor, true);
        unit.setItems(allUnits);
        unit.setVisible(whole);
        unit.setMinWidth("14rem");
        combo(unitKind, "filter-unit-kind", "register.unitKind", k -> getTranslation("unitKind." + k.name()));
        unitKind.setItems(UnitKind.values());
        unitKind.setVisible(whole);
        combo(status, "filter-status", "register.status", s -> getTranslation("status." + s.name()));
        status.setItems(AssignmentStatus.values());
        timeliness.setId("filter-timeliness");
        timeliness.setLabel(getTranslation("register.timeliness"));
        timeliness.setItems(Timeliness.values());
        timeliness.setItemLabelGenerator(t -> getTranslation("timeliness." + t.name()));
        timeliness.setPlaceholder(getTranslation("register.all"));
        timeliness.setClearButtonVisible(true);
        timeliness.setMinWidth("16rem");
        combo(indicator, "filter-indicator", "register.indicator",
                i -> (i.isMain() ? "" : " ") + i.code() + " · " + i.name(getLocale()));
        indicator.setItems(indicators);
        indicator.setMinWidth("16rem");
        indicator.getStyle().set("--vaadin-combo-box-overlay-width", "28rem");
        deadlineFrom.setId("filter-deadline-from");
        deadlineTo.setId("filter-deadline-to");
        deadlineFrom.setClearButtonVisible(true);
        deadlineTo.setClearButtonVisible(true);
        deadlineFrom.addValueChangeListener(e -> {
            deadlineTo.setMin(e.getValue());
            offerUnitsOfPeriod();
        });
        deadlineTo.addValueChangeListener(e -> {
            deadlineFrom.setMax(e.getValue());
            offerUnitsOfPeriod();
        });
        List<HasValue<?, ?>> fields = List.of(text, committee, conclusion, unit, unitKind, status, timeliness,
                indicator, deadlineFrom, deadlineTo);
        fields.forEach(field -> field.addValueChangeListener(e -> changed()));
        // The chosen values may be longer than the boxes: the tooltip says them in full, the lists are wider.
        List.of(committee, conclusion, unit, unitKind, status, indicator).forEach(ValueTooltips::follow);
        ValueTooltips.follow(timeliness);
        ValueTooltips.follow(text);
        List.of(committee, conclusion, unit)
                .forEach(box -> box.getStyle().set("--vaadin-combo-box-overlay-width", "28rem"));
        add(text, committee, conclusion, unit, unitKind, status, timeliness, indicator, deadlineFrom, deadlineTo);
    }

    void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    AssignmentFilter filter() {
        return new AssignmentFilter(unit.getValue() == null ? null : unit.getValue().code(), status.getValue(),
                timeliness.getValue(), conclusion.getValue() == null ? null : conclusion.getValue().id(),
                committee.getValue() == null ? null : Long.toString(committee.getValue().id()),
                deadlineFrom.getValue(), deadlineTo.getValue(), unitKind.getValue(), text.getValue(),
                indicator.getValue() == null ? null : indicator.getValue().code());
    }

    /** The count tiles choose one timeliness, or none. */
    void chooseTimeliness(Timeliness chosen) {
        timeliness.setValue(chosen == null ? Set.of() : EnumSet.of(chosen));
    }

    /** Shows a whole filter (from the URL); parts naming nothing the caller can pick are left out. */
    void show(AssignmentFilter filter) {
        quiet = true;
        try {
            text.setValue(Objects.toString(filter.text(), ""));
            committee.setValue(filter.committee() == null ? null : conclusions.committeeList(actor).stream()
                    .filter(c -> Long.toString(c.id()).equals(filter.committee())
                            || c.name().equalsIgnoreCase(filter.committee()))
                    .findFirst().orElse(null));
            showConclusion(filter.conclusionId());
            unit.setValue(filter.unitCode() == null ? null : allUnits.stream()
                    .filter(u -> u.code().equalsIgnoreCase(filter.unitCode())).findFirst().orElse(null));
            unitKind.setValue(filter.unitKind());
            status.setValue(filter.status());
            timeliness.setValue(filter.timeliness());
            indicator.setValue(filter.indicator() == null ? null : indicator.getListDataView().getItems()
                    .filter(i -> i.code().equalsIgnoreCase(filter.indicator())).findFirst().orElse(null));
            deadlineFrom.setValue(filter.deadlineFrom());
            deadlineTo.setValue(filter.deadlineTo());
        } finally {
            quiet = false;
        }
        changed();
    }

    private void showConclusion(Long id) {
        if (id == null) {
            conclusion.setValue(null);
            return;
        }
        String label;
        try {
            var found = conclusions.get(actor, id);
            label = Objects.toString(found.number(), "") + " — " + found.title();
        } catch (DomainException refused) {
            label = "#" + id;
        }
        ConclusionOption chosen = new ConclusionOption(id, label);
        if (!AssignmentSearch.seesWholeGovernment(actor)) {
            // Unit roles cannot list conclusions; they still may narrow the register to one.
            conclusion.setItems(chosen);
            conclusion.setVisible(true);
        }
        conclusion.setValue(chosen);
    }

    /**
     * The unit picker offers the units that existed in the deadline period (ended ones too, while they existed),
     * and keeps the one chosen.
     */
    private void offerUnitsOfPeriod() {
        LocalDate from = deadlineFrom.getValue();
        LocalDate to = deadlineTo.getValue();
        unit.getListDataView().setFilter(u -> u.existedBetween(from, to) || u.equals(unit.getValue()));
    }

    /** "STTTT · Sở Thông tin và Truyền thông", an ended unit's with "(đã kết thúc 01/03/2025)". */
    private String unitLabel(UnitDto u) {
        return u.isEnded() ? getTranslation("register.unitEnded", u.label(), Dates.format(u.validTo())) : u.label();
    }

    private void changed() {
        if (!quiet) {
            listeners.forEach(Runnable::run);
        }
    }

    private <T> void combo(ComboBox<T> box, String id, String label, ItemLabelGenerator<T> labels) {
        box.setId(id);
        box.setLabel(getTranslation(label));
        box.setItemLabelGenerator(labels);
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("register.all"));
    }

    private static ConclusionOption option(ConclusionSummary summary) {
        return new ConclusionOption(summary.id(), Objects.toString(summary.number(), "") + " — " + summary.title());
    }
}
