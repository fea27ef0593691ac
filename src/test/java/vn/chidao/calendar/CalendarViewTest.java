package vn.chidao.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/** The calendar screen: the months as a picture of the year's data, and saving an edited year through the service. */
class CalendarViewTest extends KaribuSupport {

    @Autowired
    CalendarAdminService calendarAdmin;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void theMonthsShowTheDaysOffAndTheSwappedSaturdayOfTheYear() {
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/calendar");

        _setValue(_get(IntegerField.class, s -> s.withId("year")), 2025);

        Span swapped = day("2025-05-02");
        assertThat(swapped.getClassNames()).contains("chidao-cal-off");
        assertThat(swapped.getElement().getAttribute("title")).isEqualTo("Nghỉ hoán đổi (làm bù thứ Bảy 26/04)");
        assertThat(day("2025-04-26").getClassNames()).contains("chidao-cal-worked", "chidao-cal-weekend");
        assertThat(day("2025-04-25").getClassNames()).doesNotContain("chidao-cal-off", "chidao-cal-weekend");
        assertThat(day("2025-01-29").getElement().getAttribute("title")).isEqualTo("Tết Nguyên đán");
        assertThat(view().daysOff.days()).hasSize(12);
        assertThat(_get(Span.class, s -> s.withId("source")).getText()).isEqualTo("Theo lịch nghỉ đã công bố");
    }

    @Test
    void savingAnEditedYearCallsTheServiceAndTheCalendarChanges() {
        Actor root = fixtures.admin();
        calendarAdmin.replace(root, 2170, new CalendarYearInput(2170, List.of(), List.of()));
        LocalDate monday = LocalDate.of(2170, 3, 5);
        loginAs(root);
        UI.getCurrent().navigate("admin/calendar");
        _setValue(_get(IntegerField.class, s -> s.withId("year")), 2170);

        _setValue(_get(DatePicker.class, s -> s.withId("daysOff-date")), monday);
        _setValue(_get(TextField.class, s -> s.withId("daysOff-name")), "Nghỉ thử");
        _click(_get(Button.class, s -> s.withId("daysOff-save")));
        assertThat(day("2170-03-05").getClassNames()).as("shown before saving").contains("chidao-cal-off");
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        _click(_get(Button.class, s -> s.withId("save")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(calendarAdmin.year(root, 2170).daysOff()).containsExactly(new CalendarDay(monday, "Nghỉ thử"));
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(day("2170-03-05").getElement().getAttribute("title")).isEqualTo("Nghỉ thử");
    }

    @Test
    void theServiceRefusalIsShownOnTheRowAndNothingIsSaved() {
        Actor root = fixtures.admin();
        calendarAdmin.replace(root, 2171, new CalendarYearInput(2171, List.of(), List.of()));
        LocalDate weekday = LocalDate.of(2171, 3, 4);
        loginAs(root);
        UI.getCurrent().navigate("admin/calendar");
        _setValue(_get(IntegerField.class, s -> s.withId("year")), 2171);

        _setValue(_get(DatePicker.class, s -> s.withId("workingDays-date")), weekday);
        _setValue(_get(TextField.class, s -> s.withId("workingDays-name")), "Làm bù");
        _click(_get(Button.class, s -> s.withId("workingDays-save")));
        _click(_get(Button.class, s -> s.withId("save")));
        _fireConfirm(_get(ConfirmDialog.class));

        DayList worked = view().workingDays;
        assertThat(worked.errorOf(worked.grid.getListDataView().getItem(0))).contains("không phải thứ Bảy hay Chủ nhật");
        assertThat(getNotifications()).extracting(Notification::getElement)
                .anySatisfy(n -> assertThat(n.getProperty("text")).contains("workingDays[0].date"));
        assertThat(calendarAdmin.year(root, 2171).workingDays()).isEmpty();
    }

    @Test
    void aGovernmentsAdministratorSeesTheCalendarButCannotChangeIt() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/calendar");

        CalendarView view = view();
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.daysOff.save.isVisible()).isFalse();
        assertThat(view.months.getChildren()).hasSize(12);
    }

    private static Span day(String iso) {
        return _get(Span.class, s -> s.withId("day-" + iso));
    }

    private static CalendarView view() {
        return _get(CalendarView.class);
    }
}
