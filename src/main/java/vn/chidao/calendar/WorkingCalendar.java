package vn.chidao.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Which days civil servants work, and deadlines counted in working days (Civil Code 2015, Art. 147-148: the first
 * day is not counted; a period that would end on a day off ends on the next working day).
 * <p>
 * A year with yearly data (the Prime Minister's announced schedule, stored in the database) follows that data
 * alone; any other year follows {@link HolidayRule}. Answers come from memory: each year is compiled once into a
 * {@link WorkingYear}, and the yearly data is read from the database once, on first use. Changes through
 * {@link CalendarAdminService} replace the year here after their commit. With several application instances, the
 * others see a change on their next start.
 */
@Service
public class WorkingCalendar {

    /** The years the calendar computes lunar holidays for, and the administrator may give data for. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** The yearly data, and the years compiled from it or from the rule; replaced whole when data changes. */
    private static final class State {
        final Map<Integer, CalendarYear> data;
        final Map<Integer, WorkingYear> compiled = new ConcurrentHashMap<>();
        /** The year asked last: most calls in a row stay in one year. */
        volatile WorkingYear last;

        State(Map<Integer, CalendarYear> data) {
            this.data = Map.copyOf(data);
        }
    }

    private final Supplier<Map<Integer, CalendarYear>> storedYears;
    private volatile State state;

    @Autowired
    WorkingCalendar(CalendarStore store) {
        this(store::loadAll);
    }

    private WorkingCalendar(Supplier<Map<Integer, CalendarYear>> storedYears) {
        this.storedYears = storedYears;
    }

    /** A calendar of the rule and the given yearly data, without a database. */
    static WorkingCalendar of(Collection<CalendarYear> data) {
        Map<Integer, CalendarYear> byYear = new HashMap<>();
        data.forEach(year -> byYear.put(year.year(), year));
        return new WorkingCalendar(() -> byYear);
    }

    public boolean isWorkingDay(LocalDate day) {
        return yearOf(day).isWorking(day);
    }

    /** {@code day} itself if it is a working day, else the next working day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day;
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * The day on which a period of {@code days} working days starting on {@code from} ends: {@code from} is not
     * counted, so 1 is the next working day after it. 0 gives {@link #nextWorkingDay}; a negative count goes back
     * as {@link #minusWorkingDays} does.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            return minusWorkingDays(from, -days);
        }
        if (days == 0) {
            return nextWorkingDay(from);
        }
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working day {@code days} working days before {@code from} ({@code from} not counted). 0 gives
     * {@code from} if it is a working day, else the working day before it; a negative count goes forward.
     */
    public LocalDate minusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            return plusWorkingDays(from, -days);
        }
        LocalDate day = from;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            return day;
        }
        for (int counted = 0; counted < days; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days in ({@code from}, {@code to}] when {@code to} is later; minus those in ({@code to},
     * {@code from}] when it is earlier; 0 on the same day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int order = to.compareTo(from);
        if (order == 0) {
            return 0;
        }
        return order > 0 ? countBetween(from, to) : -countBetween(to, from);
    }

    /** The year's days off and weekend days worked, from its data or from the rule. */
    public CalendarYear year(int year) {
        return yearOf(year).source();
    }

    /** Working days in ({@code from}, {@code to}], {@code from} before {@code to}; one step per year. */
    private int countBetween(LocalDate from, LocalDate to) {
        WorkingYear first = yearOf(from);
        if (from.getYear() == to.getYear()) {
            return first.countUpTo(to) - first.countUpTo(from);
        }
        int count = first.total() - first.countUpTo(from);
        for (int year = from.getYear() + 1; year < to.getYear(); year++) {
            count += yearOf(year).total();
        }
        return count + yearOf(to).countUpTo(to);
    }

    private WorkingYear yearOf(LocalDate day) {
        WorkingYear hint = state().last;
        return hint != null && hint.year() == day.getYear() ? hint : yearOf(day.getYear());
    }

    private WorkingYear yearOf(int year) {
        State current = state();
        WorkingYear compiled = current.compiled.computeIfAbsent(year, y -> {
            CalendarYear data = current.data.get(y);
            return WorkingYear.of(data != null ? data : HolidayRule.of(y));
        });
        current.last = compiled;
        return compiled;
    }

    private State state() {
        State current = state;
        if (current == null) {
            synchronized (this) {
                current = state;
                if (current == null) {
                    current = new State(storedYears.get());
                    state = current;
                }
            }
        }
        return current;
    }

    /** Reads the yearly data again (after the seeds were loaded). */
    synchronized void reload() {
        state = new State(storedYears.get());
    }

    /** Uses {@code year}'s new data from now on (called once the change is committed). */
    synchronized void replaced(CalendarYear year) {
        Map<Integer, CalendarYear> data = new HashMap<>(state().data);
        data.put(year.year(), year);
        state = new State(data);
    }
}
