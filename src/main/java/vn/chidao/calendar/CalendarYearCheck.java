package vn.chidao.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.time.Dates;

/**
 * The rules a year's data must keep, for the REST API, the screen and the seed files alike. Every broken rule is
 * reported with its field ({@code year}, {@code daysOff[2].date}, {@code workingDays[0].name}) in one
 * {@link InvalidInputException}.
 */
final class CalendarYearCheck {

    static final int MAX_NAME = 200;

    private CalendarYearCheck() {
    }

    /** Throws 400 unless {@code year} is one the calendar accepts data for. */
    static void requireYear(int year) {
        if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
            throw InvalidInputException.of("year", "error.calendar.year",
                    String.valueOf(WorkingCalendar.FIRST_YEAR), String.valueOf(WorkingCalendar.LAST_YEAR));
        }
    }

    /** The input as the year's data: names trimmed, days in date order; or 400 with every broken rule. */
    static CalendarYear checked(int year, CalendarYearInput input) {
        requireYear(year);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (input == null) {
            errors.add("daysOff", "error.required").throwIfAny();
        }
        if (input.year() != null && input.year() != year) {
            errors.add("year", "error.calendar.yearMismatch", String.valueOf(year));
        }
        if (input.daysOff() == null) {
            errors.add("daysOff", "error.required");
        }
        List<CalendarDay> off = days("daysOff", input.daysOff(), year, errors);
        List<CalendarDay> working = days("workingDays", input.workingDays(), year, errors);
        Map<LocalDate, Integer> offRows = rows(input.daysOff());
        List<CalendarDay> workingDays = input.workingDays() == null ? List.of() : input.workingDays();
        for (int i = 0; i < workingDays.size(); i++) {
            CalendarDay day = workingDays.get(i);
            if (day == null || day.date() == null || day.date().getYear() != year) {
                continue;
            }
            String field = "workingDays[" + i + "].date";
            if (offRows.containsKey(day.date())) {
                errors.add(field, "error.calendar.offAndWorking", Dates.format(day.date()),
                        String.valueOf(offRows.get(day.date()) + 1));
            } else if (!HolidayRule.isWeekend(day.date())) {
                errors.add(field, "error.calendar.notWeekend", Dates.format(day.date()));
            }
        }
        errors.throwIfAny();
        return new CalendarYear(year, CalendarYear.Source.DATA, off, working);
    }

    /** The valid entries of one list, trimmed and sorted; errors for the others. */
    private static List<CalendarDay> days(String list, List<CalendarDay> input, int year,
                                          InvalidInputException.Collector errors) {
        if (input == null) {
            return List.of();
        }
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            String at = list + "[" + i + "]";
            CalendarDay day = input.get(i);
            if (day == null) {
                errors.add(at, "error.required");
                continue;
            }
            boolean valid = true;
            if (day.date() == null) {
                errors.add(at + ".date", "error.required");
                valid = false;
            } else if (day.date().getYear() != year) {
                errors.add(at + ".date", "error.calendar.otherYear", Dates.format(day.date()), String.valueOf(year));
                valid = false;
            } else if (seen.containsKey(day.date())) {
                errors.add(at + ".date", "error.calendar.duplicate", Dates.format(day.date()),
                        String.valueOf(seen.get(day.date()) + 1));
                valid = false;
            } else {
                seen.put(day.date(), i);
            }
            String name = day.name() == null ? "" : day.name().strip();
            if (name.isEmpty()) {
                errors.add(at + ".name", "error.required");
                valid = false;
            } else if (name.length() > MAX_NAME) {
                errors.add(at + ".name", "error.calendar.nameLength", String.valueOf(MAX_NAME));
                valid = false;
            }
            if (valid) {
                days.add(new CalendarDay(day.date(), name));
            }
        }
        days.sort(Comparator.comparing(CalendarDay::date));
        return days;
    }

    /** The row of each date in a list (the first one when a date repeats). */
    private static Map<LocalDate, Integer> rows(List<CalendarDay> days) {
        Map<LocalDate, Integer> rows = new HashMap<>();
        if (days != null) {
            for (int i = 0; i < days.size(); i++) {
                CalendarDay day = days.get(i);
                if (day != null && day.date() != null) {
                    rows.putIfAbsent(day.date(), i);
                }
            }
        }
        return rows;
    }
}
