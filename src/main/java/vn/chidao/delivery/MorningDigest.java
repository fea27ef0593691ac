package vn.chidao.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.calendar.WorkingCalendar;

/**
 * What {@code morning-digest} asks while it runs: when its timer fires ({@code ${morningDigest.cycle()}}) and
 * whether today is a working day ({@code ${morningDigest.isWorkingDay()}}). Public: the expression language
 * calls public types only.
 */
@Component("morningDigest")
public class MorningDigest {

    /** The cycle's first morning; any day before the clock of the demo and the tests will do. */
    static final LocalDate FIRST_MORNING = LocalDate.of(2020, 1, 1);

    private final WorkingCalendar calendar;
    private final AppClock clock;

    MorningDigest(WorkingCalendar calendar, AppClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Every day at 07:30 Asia/Ho_Chi_Minh, as an ISO 8601 repeating interval whose start carries the +07:00
     * offset: {@code R/2020-01-01T07:30:00+07:00/PT24H}. Steps of 24 hours rather than P1D, which Camunda adds
     * in the JVM's time zone (an hour off across that zone's daylight saving change); Vietnam keeps +07:00 all
     * year, so every step lands on 07:30 there, whatever the JVM's zone. Camunda evaluates it once, when the
     * model is deployed, and then counts each next morning from the cycle's start.
     */
    public String cycle() {
        String first = FIRST_MORNING.atTime(MorningDigestProcess.AT).atZone(Dates.ZONE).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return "R/" + first + "/PT24H";
    }

    /** Whether today (Asia/Ho_Chi_Minh, on the application's clock) is a working day of the calendar. */
    public boolean isWorkingDay() {
        return calendar.isWorkingDay(Dates.dayOf(clock.instant()));
    }
}
