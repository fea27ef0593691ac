package vn.chidao.calendar;

import java.util.List;

/**
 * A year's days as the administrator sends them (REST body, the screen, a seed file); checked by
 * {@link CalendarYearCheck}. {@code year} may be left out; {@code workingDays} may be left out when none.
 */
record CalendarYearInput(Integer year, List<CalendarDay> daysOff, List<CalendarDay> workingDays) {
}
