package vn.chidao.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.chidao.base.Messages;

/**
 * The calendar with the yearly data of seeds/calendar (2022-2026): every day the government announced off is off,
 * the swapped Saturdays are worked, every other weekday is worked; deadlines count across Tết and the holidays.
 */
@Tag("unit")
class WorkingCalendarAnnouncedDaysTest {

    /** Weekdays off of civil servants, as announced (sources in each seeds/calendar/<year>.yml). */
    private static final Map<Integer, List<String>> WEEKDAYS_OFF = Map.of(
            2022, List.of("01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03",
                    "09-01", "09-02"),
            2023, List.of("01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03",
                    "09-01", "09-04"),
            2024, List.of("01-01", "02-08", "02-09", "02-12", "02-13", "02-14", "04-18", "04-29", "04-30",
                    "05-01", "09-02", "09-03"),
            2025, List.of("01-01", "01-27", "01-28", "01-29", "01-30", "01-31", "04-07", "04-30", "05-01",
                    "05-02", "09-01", "09-02"),
            2026, List.of("01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "04-27", "04-30",
                    "05-01", "08-31", "09-01", "09-02"));

    /** Saturdays worked in exchange for a weekday off. */
    private static final Map<Integer, List<String>> WEEKEND_DAYS_WORKED = Map.of(
            2022, List.of(), 2023, List.of(), 2024, List.of("05-04"), 2025, List.of("04-26"),
            2026, List.of("01-10", "08-22"));

    private final WorkingCalendar calendar = WorkingCalendar.of(
            CalendarSeeds.read("classpath:seeds/calendar/", messages()).stream().map(CalendarSeeds.SeedYear::year)
                    .toList());

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2022", "2023", "2024", "2025", "2026"})
    void exactlyTheAnnouncedWeekdaysAreOffAndTheSwappedWeekendDaysWorked(int year) {
        assertThat(calendar.year(year).source()).isEqualTo(CalendarYear.Source.DATA);
        assertThat(days(year, d -> !isWeekend(d) && !calendar.isWorkingDay(d)))
                .containsExactlyElementsOf(dates(year, WEEKDAYS_OFF.get(year)));
        assertThat(days(year, d -> isWeekend(d) && calendar.isWorkingDay(d)))
                .containsExactlyElementsOf(dates(year, WEEKEND_DAYS_WORKED.get(year)));
    }

    @Test
    void tenWorkingDaysAfterTheMondayBeforeTet2023EndOnTheSixthOfFebruary() {
        // 17, 18, 19 January; Tết 20-26; then 27, 30, 31 January, 1, 2, 3 and 6 February.
        assertThat(calendar.plusWorkingDays(date("2023-01-16"), 10)).isEqualTo(date("2023-02-06"));
        assertThat(calendar.plusWorkingDays(date("2023-01-19"), 1)).isEqualTo(date("2023-01-27"));
        assertThat(calendar.workingDaysBetween(date("2023-01-16"), date("2023-02-06"))).isEqualTo(10);
        assertThat(calendar.workingDaysBetween(date("2023-02-06"), date("2023-01-16"))).isEqualTo(-10);
        assertThat(calendar.minusWorkingDays(date("2023-02-06"), 10)).isEqualTo(date("2023-01-16"));
    }

    @Test
    void countingAcrossNationalDay2025() {
        // Saturday 30/08 to Tuesday 02/09 off.
        assertThat(calendar.minusWorkingDays(date("2025-09-05"), 3)).isEqualTo(date("2025-08-29"));
        assertThat(calendar.plusWorkingDays(date("2025-08-29"), 1)).isEqualTo(date("2025-09-03"));
        assertThat(calendar.plusWorkingDays(date("2025-08-29"), 3)).isEqualTo(date("2025-09-05"));
        assertThat(calendar.workingDaysBetween(date("2025-08-28"), date("2025-09-03"))).isEqualTo(2);
        assertThat(calendar.nextWorkingDay(date("2025-09-01"))).isEqualTo(date("2025-09-03"));
    }

    @Test
    void theSwappedSaturday26April2025IsAWorkingDay() {
        assertThat(calendar.isWorkingDay(date("2025-04-26"))).isTrue();
        assertThat(calendar.plusWorkingDays(date("2025-04-25"), 1)).isEqualTo(date("2025-04-26"));
        assertThat(calendar.plusWorkingDays(date("2025-04-25"), 2)).isEqualTo(date("2025-04-28"));
        // Tuesday 29/04, then 30/04 to Sunday 04/05 off.
        assertThat(calendar.plusWorkingDays(date("2025-04-28"), 2)).isEqualTo(date("2025-05-05"));
        assertThat(calendar.minusWorkingDays(date("2025-04-28"), 1)).isEqualTo(date("2025-04-26"));
        assertThat(calendar.workingDaysBetween(date("2025-04-24"), date("2025-04-28"))).isEqualTo(3);
        assertThat(calendar.isWorkingDay(date("2025-05-02"))).isFalse();
    }

    @Test
    void aWeekendStartCountsFromTheWeekend() {
        LocalDate saturday = date("2025-03-08");
        LocalDate sunday = date("2025-03-09");

        assertThat(calendar.plusWorkingDays(saturday, 0)).isEqualTo(date("2025-03-10"));
        assertThat(calendar.nextWorkingDay(sunday)).isEqualTo(date("2025-03-10"));
        assertThat(calendar.plusWorkingDays(saturday, 1)).isEqualTo(date("2025-03-10"));
        assertThat(calendar.plusWorkingDays(sunday, 5)).isEqualTo(date("2025-03-14"));
        assertThat(calendar.minusWorkingDays(sunday, 0)).isEqualTo(date("2025-03-07"));
        assertThat(calendar.minusWorkingDays(sunday, 1)).isEqualTo(date("2025-03-07"));
        assertThat(calendar.workingDaysBetween(saturday, sunday)).isZero();
        assertThat(calendar.workingDaysBetween(saturday, saturday)).isZero();
        // A working day itself: 0 days is the same day either way.
        assertThat(calendar.plusWorkingDays(date("2025-03-12"), 0)).isEqualTo(date("2025-03-12"));
        assertThat(calendar.minusWorkingDays(date("2025-03-12"), 0)).isEqualTo(date("2025-03-12"));
    }

    @Test
    void aWholeYearAndTheYearsAroundAreCountedAlike() {
        // 2025: 261 weekdays, 12 of them off, one Saturday worked.
        assertThat(calendar.workingDaysBetween(date("2024-12-31"), date("2025-12-31"))).isEqualTo(250);
        assertThat(calendar.workingDaysBetween(date("2024-12-31"), date("2025-01-02"))).isEqualTo(1);
        Random random = new Random(20250426);
        LocalDate base = date("2021-06-01");
        for (int i = 0; i < 400; i++) {
            LocalDate from = base.plusDays(random.nextInt(2200));
            LocalDate to = from.plusDays(random.nextInt(800) - 200);
            assertThat(calendar.workingDaysBetween(from, to)).as("%s → %s", from, to).isEqualTo(naive(from, to));
            int n = random.nextInt(60);
            LocalDate end = calendar.plusWorkingDays(from, n);
            assertThat(calendar.isWorkingDay(end)).isTrue();
            if (n > 0) {
                assertThat(calendar.workingDaysBetween(from, end)).as("%d after %s", n, from).isEqualTo(n);
                assertThat(calendar.minusWorkingDays(end, n)).isEqualTo(calendar.minusWorkingDays(from, 0));
            }
        }
    }

    private int naive(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate start = sign > 0 ? from : to;
        LocalDate end = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            count += calendar.isWorkingDay(d) ? 1 : 0;
        }
        return sign * count;
    }

    private static List<LocalDate> days(int year, java.util.function.Predicate<LocalDate> which) {
        return Stream.iterate(LocalDate.of(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
                .filter(which).toList();
    }

    private static List<LocalDate> dates(int year, List<String> monthDays) {
        return monthDays.stream().map(md -> LocalDate.parse(year + "-" + md)).toList();
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "ValidationMessages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
