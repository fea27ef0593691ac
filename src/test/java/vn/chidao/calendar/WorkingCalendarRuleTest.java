package vn.chidao.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Labour Code rule for years without yearly data, with lunar dates from Time4J's Vietnamese calendar. */
@Tag("unit")
class WorkingCalendarRuleTest {

    private final WorkingCalendar rule = WorkingCalendar.of(List.of());

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17",
            "2027, 2027-02-06",
            // The Vietnamese meridian (UTC+7) against the Chinese one (UTC+8): Tết 1985 came a month before
            // the Chinese New Year (20/02/1985), Tết 2007 a day before (18/02/2007).
            "1985, 1985-01-21", "2007, 2007-02-17"})
    void tetIsTheFirstDayOfTheVietnameseLunarYear(int year, LocalDate tet) {
        assertThat(HolidayRule.lunarNewYear(year)).isEqualTo(tet);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {1}")
    @CsvSource({"2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07",
            "2026, 2026-04-26", "2027, 2027-04-16"})
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate day) {
        assertThat(HolidayRule.hungKingsDay(year)).isEqualTo(day);
    }

    @ParameterizedTest(name = "2/9/{0}: the adjacent day is {1}")
    @CsvSource({
            "2021, 2021-09-03", // Thursday: Friday 3/9
            "2022, 2022-09-01", // Friday: Thursday 1/9
            "2023, 2023-09-01", // Saturday: Friday 1/9
            "2024, 2024-09-03", // Monday: Tuesday 3/9
            "2025, 2025-09-01", // Tuesday: Monday 1/9
            "2026, 2026-09-01"}) // Wednesday: Tuesday 1/9, as the government chose
    void theDayAdjacentToNationalDayIsTheOneTheGovernmentChooses(int year, LocalDate adjacent) {
        assertThat(HolidayRule.holidays(year)).contains(new CalendarDay(adjacent, HolidayRule.NATIONAL_ADJACENT));
    }

    @Test
    void tetIsTheLastDayOfTheLunarYearAndTheFourDaysAfterItWithCompensatoryDays() {
        // 2023 by the rule: Sat 21/01 (the last day of the year of the Tiger) to Wed 25/01; the weekend gives
        // Thu 26/01 and Fri 27/01. (The announced 2023 schedule differs: it is in the yearly data.)
        assertThat(daysOff(HolidayRule.of(2023), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31))).containsExactly(
                day("2023-01-01", "Tết Dương lịch"), day("2023-01-02", "Nghỉ bù Tết Dương lịch"),
                day("2023-01-21", "Tết Nguyên đán"), day("2023-01-22", "Tết Nguyên đán"),
                day("2023-01-23", "Tết Nguyên đán"), day("2023-01-24", "Tết Nguyên đán"),
                day("2023-01-25", "Tết Nguyên đán"), day("2023-01-26", "Nghỉ bù Tết Nguyên đán"),
                day("2023-01-27", "Nghỉ bù Tết Nguyên đán"));
    }

    @Test
    void aYearWithoutDataFollowsTheRule() {
        // 2027: Tết on Saturday 06/02 (the year before ends on Friday 05/02), 1/5 on a Saturday, 2/9 a Thursday.
        CalendarYear year = rule.year(2027);

        assertThat(year.source()).isEqualTo(CalendarYear.Source.RULE);
        assertThat(year.workingDays()).isEmpty();
        assertThat(weekdaysOff(2027)).containsExactly(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
                LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 4, 16),
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3));
    }

    @Test
    void everyYearHasElevenHolidaysAndAWeekdayOffForEachOfThem() {
        for (int y = 2021; y <= 2040; y++) {
            assertThat(HolidayRule.holidays(y)).as("holidays of %d", y).hasSize(11);
            assertThat(weekdaysOff(y)).as("weekdays off in %d", y).hasSize(11);
        }
    }

    @Test
    void the2022ScheduleWasTheRuleItself() {
        assertThat(HolidayRule.of(2022).daysOff()).extracting(CalendarDay::date).containsExactly(
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 3), LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 1),
                LocalDate.of(2022, 2, 2), LocalDate.of(2022, 2, 3), LocalDate.of(2022, 2, 4), LocalDate.of(2022, 4, 10),
                LocalDate.of(2022, 4, 11), LocalDate.of(2022, 4, 30), LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 2),
                LocalDate.of(2022, 5, 3), LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 2));
    }

    @Test
    void yearsBeyondTheLunarRangeKeepTheSolarHolidays() {
        assertThat(HolidayRule.holidays(2300)).extracting(CalendarDay::name).doesNotContain(HolidayRule.TET)
                .contains(HolidayRule.NEW_YEAR, HolidayRule.VICTORY, HolidayRule.NATIONAL);
        assertThat(rule.isWorkingDay(LocalDate.of(2300, 1, 1))).isFalse();
    }

    private List<LocalDate> weekdaysOff(int year) {
        return Stream.iterate(LocalDate.of(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(d -> !rule.isWorkingDay(d)).toList();
    }

    private static List<CalendarDay> daysOff(CalendarYear year, LocalDate from, LocalDate to) {
        return year.daysOff().stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
    }

    private static CalendarDay day(String date, String name) {
        return new CalendarDay(LocalDate.parse(date), name);
    }
}
