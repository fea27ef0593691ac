package vn.chidao.calendar;

import java.util.List;

/**
 * A year of the calendar: its days off (holidays, compensatory days, swapped days; holidays on a weekend are
 * listed too) and its weekend days that are worked, each in date order.
 *
 * @param source {@code DATA} when the year's announced schedule is stored, {@code RULE} when it is computed
 */
public record CalendarYear(int year, Source source, List<CalendarDay> daysOff, List<CalendarDay> workingDays) {

    /** Where a year's days come from. */
    public enum Source {
        /** Computed from the Labour Code 2019, Art. 112 and 111(3): no yearly data for the year. */
        RULE,
        /** The year's schedule as announced (seeded from seeds/calendar or edited by the administrator). */
        DATA
    }

    public CalendarYear {
        daysOff = List.copyOf(daysOff);
        workingDays = List.copyOf(workingDays);
    }
}
