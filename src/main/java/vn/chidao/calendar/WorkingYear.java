package vn.chidao.calendar;

import java.time.LocalDate;

/**
 * One year compiled for fast answers: whether each day is worked, and how many working days the year has up
 * to each day. Immutable; built from a {@link CalendarYear} (data or rule): Monday to Friday are worked, less
 * its days off, plus its weekend days worked.
 */
final class WorkingYear {

    private final CalendarYear source;
    private final boolean[] working;
    /** {@code upTo[n]}: working days among the year's first {@code n} days. */
    private final int[] upTo;

    private WorkingYear(CalendarYear source, boolean[] working) {
        this.source = source;
        this.working = working;
        this.upTo = new int[working.length + 1];
        for (int i = 0; i < working.length; i++) {
            upTo[i + 1] = upTo[i] + (working[i] ? 1 : 0);
        }
    }

    static WorkingYear of(CalendarYear year) {
        LocalDate first = LocalDate.of(year.year(), 1, 1);
        boolean[] working = new boolean[first.lengthOfYear()];
        for (int i = 0; i < working.length; i++) {
            working[i] = !HolidayRule.isWeekend(first.plusDays(i));
        }
        year.daysOff().forEach(day -> working[day.date().getDayOfYear() - 1] = false);
        year.workingDays().forEach(day -> working[day.date().getDayOfYear() - 1] = true);
        return new WorkingYear(year, working);
    }

    int year() {
        return source.year();
    }

    CalendarYear source() {
        return source;
    }

    boolean isWorking(LocalDate day) {
        return working[day.getDayOfYear() - 1];
    }

    /** Working days from 1 January up to and including {@code day}. */
    int countUpTo(LocalDate day) {
        return upTo[day.getDayOfYear()];
    }

    int total() {
        return upTo[working.length];
    }
}
