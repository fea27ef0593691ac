package vn.chidao.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers as Vietnamese offices write dates: dd/MM/yyyy, Monday first, names in the UI's language. Shared by
 * every feature that asks for a day (a deadline, a meeting date, a new deadline).
 */
public final class DatePickers {

    /** Sunday first, as the web component wants the names. */
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = picker.getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy")
                .setFirstDayOfWeek(1)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(WEEK.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(WEEK.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datePicker.badInput"))
                .setMinErrorMessage(picker.getTranslation("datePicker.tooEarly"));
        picker.setI18n(i18n);
        picker.setPlaceholder("dd/mm/yyyy");
        return picker;
    }
}
