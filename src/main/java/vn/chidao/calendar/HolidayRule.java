package vn.chidao.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;

/**
 * The days off of a year without yearly data, by the Labour Code 2019:
 * <ul>
 * <li>Art. 112(1): 1/1; Tết Nguyên đán 5 days, here the last day of the lunar year and lunar 1/1 to 4/1 (the
 * Prime Minister fixes the real span each year); Giỗ Tổ Hùng Vương, lunar 10/3; 30/4; 1/5; 2/9 and one adjacent
 * day. Lunar dates come from Time4J's {@link VietnameseCalendar} (the Vietnamese meridian, UTC+7).</li>
 * <li>The day adjacent to 2/9 is the one the government has chosen since the Labour Code 2019 gave it: 3/9 when 2/9
 * is a Monday or a Thursday (2021: Thu 2/9 and Fri 3/9; 2024: Mon 2/9 and Tue 3/9), otherwise 1/9 (2022 Friday,
 * 2023 Saturday, 2025 Tuesday, 2026 Wednesday). Either way the two days touch a weekend whenever one can.</li>
 * <li>Art. 111(3): a holiday on a Saturday or Sunday (the civil servants' weekly rest, Decision 188/1999/QĐ-TTg)
 * gives a compensatory day on the next working day that is not already off; so does a holiday that falls on
 * another holiday.</li>
 * </ul>
 * Swapped days (a Saturday worked for a weekday off) exist only in yearly data. The rule is applied to every
 * year as the law stands today, also to years before 2021. Lunar holidays are computed for
 * {@link WorkingCalendar#FIRST_YEAR} to {@link WorkingCalendar#LAST_YEAR}; other years keep the solar ones only.
 * The Politburo's Resolution 80-NQ/TW (January 2026) plans 24/11 (Ngày Văn hóa Việt Nam) as a paid holiday; it is
 * not in Art. 112 until the Labour Code is amended, so it is not here: add it when the amendment is in force.
 */
final class HolidayRule {

    static final String NEW_YEAR = "Tết Dương lịch";
    static final String TET = "Tết Nguyên đán";
    static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    static final String VICTORY = "Ngày Chiến thắng";
    static final String LABOUR = "Ngày Quốc tế Lao động";
    static final String NATIONAL = "Quốc khánh";
    static final String NATIONAL_ADJACENT = "Quốc khánh (ngày liền kề)";
    static final String COMPENSATORY = "Nghỉ bù ";

    private HolidayRule() {
    }

    /** The year as the rule computes it: its holidays and compensatory days, no weekend day worked. */
    static CalendarYear of(int year) {
        List<CalendarDay> holidays = holidays(year);
        List<CalendarDay> days = new ArrayList<>(holidays);
        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(holiday -> taken.add(holiday.date()));
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay holiday : holidays) {
            boolean coincides = !seen.add(holiday.date());
            if (coincides || isWeekend(holiday.date())) {
                LocalDate compensatory = holiday.date().plusDays(1);
                while (isWeekend(compensatory) || taken.contains(compensatory)) {
                    compensatory = compensatory.plusDays(1);
                }
                taken.add(compensatory);
                days.add(new CalendarDay(compensatory, COMPENSATORY + holiday.name()));
            }
        }
        days.sort(Comparator.comparing(CalendarDay::date));
        return new CalendarYear(year, CalendarYear.Source.RULE, days, List.of());
    }

    /** The public holidays of Art. 112(1) in {@code year}, in date order. */
    static List<CalendarDay> holidays(int year) {
        List<CalendarDay> days = new ArrayList<>();
        days.add(new CalendarDay(LocalDate.of(year, 1, 1), NEW_YEAR));
        if (year >= WorkingCalendar.FIRST_YEAR && year <= WorkingCalendar.LAST_YEAR) {
            LocalDate tet = lunarNewYear(year);
            for (LocalDate day = tet.minusDays(1); day.isBefore(tet.plusDays(4)); day = day.plusDays(1)) {
                days.add(new CalendarDay(day, TET));
            }
            days.add(new CalendarDay(hungKingsDay(year), HUNG_KINGS));
        }
        days.add(new CalendarDay(LocalDate.of(year, 4, 30), VICTORY));
        days.add(new CalendarDay(LocalDate.of(year, 5, 1), LABOUR));
        LocalDate national = LocalDate.of(year, 9, 2);
        DayOfWeek weekday = national.getDayOfWeek();
        boolean after = weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
        days.add(new CalendarDay(after ? national.plusDays(1) : national.minusDays(1), NATIONAL_ADJACENT));
        days.add(new CalendarDay(national, NATIONAL));
        days.sort(Comparator.comparing(CalendarDay::date));
        return days;
    }

    /** Mùng 1 Tết: the first day of the lunar year that begins in the Gregorian {@code year}. */
    static LocalDate lunarNewYear(int year) {
        return VietnameseCalendar.ofTet(year).transform(PlainDate.axis()).toTemporalAccessor();
    }

    /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd (not leap) month of that lunar year. */
    static LocalDate hungKingsDay(int year) {
        return VietnameseCalendar.of(EastAsianYear.forGregorian(year), EastAsianMonth.valueOf(3), 10)
                .transform(PlainDate.axis()).toTemporalAccessor();
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
