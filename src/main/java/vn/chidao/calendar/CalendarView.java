package vn.chidao.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.ui.Confirm;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;

/**
 * The national calendar of days off, one year at a time: the twelve months as a picture, the lists of days off
 * and of weekend days worked, and (for the installation's administrator) editing and saving the year's data.
 */
@Route("admin/calendar")
@Menu(title = "menu.calendar", icon = "vaadin:calendar", order = 93)
@RolesAllowed("ADMIN")
class CalendarView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField year = new IntegerField();
    final Span source = new Span();
    final Div months = new Div();
    final DayList daysOff;
    final DayList workingDays;
    final Button save = new Button();

    private final CalendarAdminService calendar;
    private final CurrentUser user;
    private final Messages messages;
    private final LocalDate today;
    private int shown;
    private boolean dirty;

    CalendarView(CalendarAdminService calendar, CurrentUser user, Messages messages, AppClock clock) {
        this.calendar = calendar;
        this.user = user;
        this.messages = messages;
        this.today = LocalDate.now(clock);
        addClassNames("chidao-admin", "chidao-calendar");
        daysOff = new DayList("daysOff", getTranslation("calendar.daysOff"),
                getTranslation("calendar.empty.daysOff"), this::changed);
        workingDays = new DayList("workingDays", getTranslation("calendar.workingDays"),
                getTranslation("calendar.empty.workingDays"), this::changed);
        boolean editable = user.actor().isInstallationAdmin();
        daysOff.setEditable(editable);
        workingDays.setEditable(editable);
        add(toolbar(editable));
        if (!editable) {
            Paragraph note = new Paragraph(getTranslation("calendar.readOnly"));
            note.addClassName("chidao-admin-note");
            add(note);
        }
        months.setId("months");
        months.addClassName("chidao-cal-months");
        HorizontalLayout lists = new HorizontalLayout(daysOff, workingDays);
        lists.setWidthFull();
        lists.addClassName("chidao-cal-lists");
        add(legend(), months, lists);
        load(today.getYear());
    }

    private HorizontalLayout toolbar(boolean editable) {
        year.setId("year");
        year.setLabel(getTranslation("calendar.year"));
        year.setMin(WorkingCalendar.FIRST_YEAR);
        year.setMax(WorkingCalendar.LAST_YEAR);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> yearChosen(e.getValue()));
        source.setId("source");
        save.setId("save");
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        save.addClassName("chidao-cal-save");
        save.addClickListener(e -> confirmSave());
        HorizontalLayout bar = new HorizontalLayout(year, source, save);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        return bar;
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("chidao-cal-legend");
        for (String kind : List.of("off", "worked", "weekend")) {
            Span swatch = new Span();
            swatch.addClassNames("chidao-cal-swatch", "chidao-cal-" + kind);
            legend.add(new Span(swatch, new Span(getTranslation("calendar.legend." + kind))));
        }
        return legend;
    }

    private void yearChosen(Integer chosen) {
        if (chosen == null || chosen < WorkingCalendar.FIRST_YEAR || chosen > WorkingCalendar.LAST_YEAR
                || chosen == shown) {
            return;
        }
        if (!dirty) {
            load(chosen);
            return;
        }
        Confirm.ask(getTranslation("calendar.discard.title"), getTranslation("calendar.discard.text", shown),
                getTranslation("calendar.discard.ok"), () -> load(chosen))
                .addCancelListener(e -> year.setValue(shown));
    }

    private void load(int chosen) {
        CalendarYear data = calendar.year(user.actor(), chosen);
        shown = chosen;
        year.setValue(chosen);
        source.setText(getTranslation("calendar.source." + data.source().name()));
        source.getElement().setAttribute("theme", data.source() == CalendarYear.Source.DATA
                ? "badge success" : "badge contrast");
        save.setText(getTranslation("calendar.save", String.valueOf(chosen)));
        daysOff.setYear(chosen);
        workingDays.setYear(chosen);
        daysOff.setDays(data.daysOff());
        workingDays.setDays(data.workingDays());
        dirty = false;
        drawMonths();
    }

    private void changed() {
        dirty = true;
        drawMonths();
    }

    private void drawMonths() {
        Map<LocalDate, String> off = byDate(daysOff.days());
        Map<LocalDate, String> worked = byDate(workingDays.days());
        months.removeAll();
        for (int m = 1; m <= 12; m++) {
            months.add(new MonthGrid(YearMonth.of(shown, m), off, worked, today));
        }
    }

    private static Map<LocalDate, String> byDate(List<CalendarDay> days) {
        return days.stream().collect(Collectors.toMap(CalendarDay::date, CalendarDay::name, (a, b) -> a + " · " + b));
    }

    private void confirmSave() {
        String shownYear = String.valueOf(shown);
        Confirm.ask(getTranslation("calendar.confirm.title", shownYear),
                getTranslation("calendar.confirm.text", shownYear, daysOff.days().size(), workingDays.days().size()),
                getTranslation("calendar.confirm.ok"), this::saveYear);
    }

    private void saveYear() {
        int saving = shown;
        try {
            calendar.replace(user.actor(), saving, new CalendarYearInput(saving, daysOff.days(), workingDays.days()));
            load(saving);
            Feedback.success(getTranslation("calendar.saved", String.valueOf(saving)));
        } catch (InvalidInputException error) {
            for (InvalidInputException.FieldError f : error.errors()) {
                String message = messages.get(getLocale(), f.messageKey(), f.arguments());
                if (!daysOff.showError(f.field(), message)) {
                    workingDays.showError(f.field(), message);
                }
            }
            FieldErrors.show(messages, error, field -> "year".equals(field) ? year : null);
        } catch (DomainException error) {
            Feedback.refused(messages, error);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.calendar");
    }
}
