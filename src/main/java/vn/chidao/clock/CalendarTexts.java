package vn.chidao.clock;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A date picker's calendar as Vietnamese offices read it: dd/MM/yyyy, Monday first, names in the UI's language. */
final class CalendarTexts {

    /** Sunday first, as the web component wants the names. */
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private CalendarTexts() {
    }

    static DatePicker.DatePickerI18n of(DateTimePicker picker) {
        Locale locale = picker.getLocale();
        return new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy").setFirstDayOfWeek(1)
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(WEEK.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(WEEK.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setToday(picker.getTranslation("clock.today")).setCancel(picker.getTranslation("clock.cancel"));
    }
}
