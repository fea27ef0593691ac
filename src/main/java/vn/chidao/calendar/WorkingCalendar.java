package vn.chidao.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** PLACEHOLDER until the calendar branch lands: weekends only. Same signatures as the real one. */
@Service
public class WorkingCalendar {

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        if (days == 0) {
            return nextWorkingDay(from);
        }
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    public LocalDate minusWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            return day;
        }
        for (int left = days; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        if (to.isAfter(from)) {
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                count += isWorkingDay(d) ? 1 : 0;
            }
            return count;
        }
        for (LocalDate d = to.plusDays(1); !d.isAfter(from); d = d.plusDays(1)) {
            count -= isWorkingDay(d) ? 1 : 0;
        }
        return count;
    }

    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
