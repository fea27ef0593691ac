package vn.chidao.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * One month as a small calendar picture, Monday first: weekends grey, days off in the accent colour, weekend days
 * worked marked, each special day with its name as tooltip ({@code title}) and in the cell's accessible label.
 */
class MonthGrid extends Div {

    MonthGrid(YearMonth month, Map<LocalDate, String> daysOff, Map<LocalDate, String> worked, LocalDate today) {
        addClassName("chidao-cal-month");
        setId("month-" + month.getMonthValue());
        Div title = new Div(getTranslation("calendar.month", month.getMonthValue()));
        title.addClassName("chidao-cal-month-title");
        Div days = new Div();
        days.addClassName("chidao-cal-days");
        for (String weekday : getTranslation("calendar.weekdays").split(",")) {
            Span head = new Span(weekday);
            head.addClassName("chidao-cal-weekday");
            days.add(head);
        }
        int blanks = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < blanks; i++) {
            days.add(new Span());
        }
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            days.add(cell(day, daysOff.get(day), worked.get(day), day.equals(today)));
        }
        add(title, days);
    }

    private static Span cell(LocalDate day, String off, String worked, boolean today) {
        Span cell = new Span(String.valueOf(day.getDayOfMonth()));
        cell.addClassName("chidao-cal-day");
        cell.setId("day-" + day);
        if (HolidayRule.isWeekend(day)) {
            cell.addClassName("chidao-cal-weekend");
        }
        String name = off != null ? off : worked;
        if (off != null) {
            cell.addClassName("chidao-cal-off");
        } else if (worked != null) {
            cell.addClassName("chidao-cal-worked");
        }
        if (today) {
            cell.addClassName("chidao-cal-today");
        }
        if (name != null) {
            cell.getElement().setAttribute("title", name);
            cell.getElement().setAttribute("aria-label", day.getDayOfMonth() + ": " + name);
        }
        return cell;
    }
}
