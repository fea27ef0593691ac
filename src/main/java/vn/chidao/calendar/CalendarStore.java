package vn.chidao.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The yearly data in the database: which years have data, and their days. */
@Component
class CalendarStore {

    private final StoredYearRepository years;
    private final StoredDayRepository days;

    CalendarStore(StoredYearRepository years, StoredDayRepository days) {
        this.years = years;
        this.days = days;
    }

    /** Every year with data, its days in date order. */
    @Transactional(readOnly = true)
    public Map<Integer, CalendarYear> loadAll() {
        Map<Integer, List<CalendarDay>> off = new HashMap<>();
        Map<Integer, List<CalendarDay>> working = new HashMap<>();
        for (StoredDay day : days.findAllInOrder()) {
            (day.getKind() == StoredDay.Kind.OFF ? off : working)
                    .computeIfAbsent(day.getYearNumber(), y -> new ArrayList<>()).add(day.toDay());
        }
        Map<Integer, CalendarYear> all = new HashMap<>();
        for (StoredYear year : years.findAll()) {
            int number = year.getYearNumber();
            all.put(number, new CalendarYear(number, CalendarYear.Source.DATA,
                    off.getOrDefault(number, List.of()), working.getOrDefault(number, List.of())));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public boolean has(int year) {
        return years.existsById(year);
    }

    /**
     * Replaces the data of {@code year.year()} with {@code year}'s days, day by day (a changed day updated, a new one
     * added, one no longer listed removed), so the audit trail records what changed. The year's row is locked first,
     * so two replacements of one year run one after the other; two first ones at once: the second breaks the key (409).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(CalendarYear year, Instant at, String by) {
        StoredYear stored = years.lockByYear(year.year()).orElseGet(() -> new StoredYear(year.year()));
        stored.touch(at, by);
        years.saveAndFlush(stored);
        Map<LocalDate, StoredDay> before = new HashMap<>();
        days.findByYearNumber(year.year()).forEach(d -> before.put(d.getDate(), d));
        year.daysOff().forEach(d -> keep(before.remove(d.date()), year.year(), d, StoredDay.Kind.OFF));
        year.workingDays().forEach(d -> keep(before.remove(d.date()), year.year(), d, StoredDay.Kind.WORKING));
        days.deleteAll(before.values());
    }

    private void keep(StoredDay stored, int year, CalendarDay day, StoredDay.Kind kind) {
        if (stored == null) {
            days.save(new StoredDay(year, day.date(), kind, day.name()));
        } else {
            stored.describe(kind, day.name());
        }
    }
}
