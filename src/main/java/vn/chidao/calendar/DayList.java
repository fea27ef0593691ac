package vn.chidao.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.DatePickers;

/**
 * One list of a year's days (the days off, or the weekend days worked) with its editor: a row is added with a
 * date and a name, selected to be changed, or removed. Rows stay in date order, so a row's number is the index
 * the service names in its errors ({@code daysOff[2].date}), which are then shown on that row.
 */
class DayList extends Div {

    /** A row of the list: its own identity, so two equal days are two rows. */
    static final class Row {
        final CalendarDay day;

        Row(CalendarDay day) {
            this.day = day;
        }
    }

    final Grid<Row> grid = new Grid<>();
    final DatePicker date;
    final TextField name = new TextField();
    final Button save = new Button();

    private final String id;
    private final Runnable changed;
    private List<Row> rows = new ArrayList<>();
    private Map<Integer, String> errors = Map.of();
    private Row editing;

    /** @param id the list's field in the service's errors: {@code daysOff} or {@code workingDays} */
    DayList(String id, String title, String empty, Runnable changed) {
        this.id = id;
        this.changed = changed;
        setId(id);
        addClassNames("chidao-card", "chidao-cal-list");
        date = DatePickers.create(getTranslation("calendar.date"));
        date.setId(id + "-date");
        name.setLabel(getTranslation("calendar.name"));
        name.setId(id + "-name");
        name.setMaxLength(CalendarYearCheck.MAX_NAME);
        name.setPlaceholder(getTranslation("calendar.namePlaceholder"));
        date.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveRow());
        HorizontalLayout form = new HorizontalLayout(date, name, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.expand(name);
        form.setWidthFull();
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> Dates.format(row.day.date())).setHeader(getTranslation("calendar.date")).setKey("date")
                .setWidth("8rem").setFlexGrow(0).setTooltipGenerator(this::errorOf);
        grid.addColumn(row -> row.day.name()).setHeader(getTranslation("calendar.name")).setKey("name")
                .setTooltipGenerator(this::errorOf);
        grid.addComponentColumn(this::removeButton).setKey("remove").setWidth("4rem").setFlexGrow(0);
        grid.setPartNameGenerator(row -> errorOf(row) == null ? null : "chidao-cal-invalid");
        grid.setEmptyStateText(empty);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        add(new H3(title), form, grid);
        edit(null);
    }

    /** Shows {@code days} (sorted), forgetting any edit and error. */
    void setDays(List<CalendarDay> days) {
        show(days.stream().map(Row::new).toList());
    }

    List<CalendarDay> days() {
        return rows.stream().map(row -> row.day).toList();
    }

    private void show(List<Row> shown) {
        rows = new ArrayList<>(shown);
        rows.sort(Comparator.comparing(row -> row.day.date()));
        errors = Map.of();
        grid.setItems(rows);
        edit(null);
    }

    /** Offers the dates of {@code year} only (the picker opens on its January). */
    void setYear(int year) {
        date.setMin(LocalDate.of(year, 1, 1));
        date.setMax(LocalDate.of(year, 12, 31));
        date.setInitialPosition(LocalDate.of(year, 1, 1));
    }

    void setEditable(boolean editable) {
        date.setVisible(editable);
        name.setVisible(editable);
        save.setVisible(editable);
        grid.getColumnByKey("remove").setVisible(editable);
    }

    /** Marks the rows a service error names, e.g. {@code daysOff[2].date}; returns whether any was this list's. */
    boolean showError(String field, String message) {
        if (!field.startsWith(id + "[")) {
            return false;
        }
        int row = Integer.parseInt(field.substring(id.length() + 1, field.indexOf(']')));
        Map<Integer, String> marked = new HashMap<>(errors);
        marked.merge(row, message, (a, b) -> a + "; " + b);
        errors = marked;
        grid.getDataProvider().refreshAll();
        return true;
    }

    String errorOf(Row row) {
        int index = rows.indexOf(row);
        return index < 0 ? null : errors.get(index);
    }

    private void edit(Row row) {
        editing = row;
        date.setValue(row == null ? null : row.day.date());
        name.setValue(row == null ? "" : row.day.name());
        save.setText(getTranslation(row == null ? "calendar.add" : "calendar.update"));
        save.setIcon(row == null ? VaadinIcon.PLUS.create() : VaadinIcon.CHECK.create());
    }

    private void saveRow() {
        LocalDate chosen = date.getValue();
        String text = name.getValue().strip();
        date.setInvalid(chosen == null);
        date.setErrorMessage(chosen == null ? getTranslation("error.required") : null);
        name.setInvalid(text.isEmpty());
        name.setErrorMessage(text.isEmpty() ? getTranslation("error.required") : null);
        if (chosen == null || text.isEmpty()) {
            return;
        }
        List<Row> next = new ArrayList<>(rows);
        next.remove(editing);
        next.add(new Row(new CalendarDay(chosen, text)));
        show(next);
        changed.run();
    }

    private Button removeButton(Row row) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            List<Row> next = new ArrayList<>(rows);
            next.remove(row);
            show(next);
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("calendar.remove"));
        remove.setTooltipText(getTranslation("calendar.remove"));
        return remove;
    }
}
