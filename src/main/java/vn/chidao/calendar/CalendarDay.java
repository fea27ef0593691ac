package vn.chidao.calendar;

import java.time.LocalDate;

/** One day of a year's calendar that differs from the plain week: a day off, or a weekend day worked. */
public record CalendarDay(LocalDate date, String name) {
}
