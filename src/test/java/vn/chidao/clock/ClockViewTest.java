package vn.chidao.clock;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AccessDeniedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.audit.AuditEntry;
import vn.chidao.audit.AuditFilter;
import vn.chidao.audit.AuditService;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/** The clock screen: the time, the quick moves and the picker; read-only where the clock may not be moved. */
class ClockViewTest extends KaribuSupport {

    private static final Instant BASE = OffsetDateTime.parse("2001-03-01T08:00:00+07:00").toInstant();

    @Autowired
    ClockService clockService;
    @Autowired
    AuditService audit;
    @Autowired
    AppClock clock;
    @Autowired
    EngineJobs jobs;
    @Autowired
    ClockSettingRepository settings;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Messages messages;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    ClockProcesses processes;

    @BeforeEach
    void frozenInTheQuietPast() {
        processes = new ClockProcesses(repository, runtime);
        clock.travelTo(BASE);
        clockService.advanceTo(fixtures.admin(), BASE);
    }

    @AfterEach
    void backToRealTime() {
        processes.deleteAll();
        clockService.resetToRealTime(fixtures.admin());
    }

    @Test
    void plusOneDayRunsTheJobDueOnTheWayAndShowsTheNewTime() {
        processes.start(ClockProcesses.oneTimer("PT12H"));
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/clock");
        assertThat(text("clock-now")).isEqualTo("01/03/2001 08:00");

        _click(_get(Button.class, spec -> spec.withId("clock-plus-day")));
        finishMove();

        assertThat(text("clock-now")).isEqualTo("02/03/2001 08:00");
        assertThat(text("clock-result-text")).isEqualTo("Đã chạy 1 công việc đến hạn; bây giờ là 02/03/2001 08:00.");
        assertThat(clock.instant()).isEqualTo(BASE.plusSeconds(24 * 3600));
        assertThat(_get(Button.class, spec -> spec.withId("clock-set")).isEnabled()).isTrue();
        assertThat(_get(ClockView.class).progress.isVisible()).isFalse();
    }

    @Test
    void theAdministratorSetsAChosenTime() {
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/clock");

        _setValue(_get(DateTimePicker.class, spec -> spec.withId("clock-target")), LocalDateTime.of(2001, 3, 5, 9, 30));
        _click(_get(Button.class, spec -> spec.withId("clock-set")));
        finishMove();

        assertThat(text("clock-now")).isEqualTo("05/03/2001 09:30");
        assertThat(text("clock-result-text")).isEqualTo("Đã chạy 0 công việc đến hạn; bây giờ là 05/03/2001 09:30.");
        LocalDate day = LocalDate.of(2001, 3, 5);
        assertThat(audit.page(fixtures.admin(), new AuditFilter(null, "ClockSetting", null, null, day, day),
                PageRequest.of(0, 10)).map(AuditEntry::user).getContent()).as("who moved the clock, on the move's own thread")
                .containsExactly("admin");
    }

    @Test
    void theResultStaysUntilTheAdministratorClosesIt() {
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("admin/clock");
        _assertNone(Div.class, spec -> spec.withId("clock-result"));

        _click(_get(Button.class, spec -> spec.withId("clock-plus-day")));
        finishMove();

        // not a notification that fades after a few seconds: it is on the page until closed
        expectNotifications();
        _get(Div.class, spec -> spec.withId("clock-result"));
        MockVaadin.clientRoundtrip();
        assertThat(text("clock-result-text")).isEqualTo("Đã chạy 0 công việc đến hạn; bây giờ là 02/03/2001 08:00.");

        _click(_get(Button.class, spec -> spec.withId("clock-result-close")));
        _assertNone(Div.class, spec -> spec.withId("clock-result"));
    }

    @Test
    void aGovernmentsAdministratorSeesTheTimeButCannotMoveIt() {
        World world = fixtures.newWorld();
        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("admin/clock");

        assertThat(text("clock-now")).isEqualTo("01/03/2001 08:00");
        _get(Paragraph.class, spec -> spec.withId("clock-only-installation-admin"));
        assertThat(_get(Button.class, spec -> spec.withId("clock-plus-week")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("clock-set")).isEnabled()).isFalse();
    }

    @Test
    void whereTheClockIsNotAdjustableTheScreenSaysSoAndMovesNothing() {
        loginAs(fixtures.admin());
        ClockView view = new ClockView(new ClockService(clock, jobs, settings, false, 10), currentUser, messages);

        assertThat(_get(view, Paragraph.class, spec -> spec.withId("clock-not-adjustable")).getText())
                .isEqualTo("Trên hệ thống này đồng hồ chạy theo giờ thực, không điều chỉnh được.");
        assertThat(view.plusDay.isEnabled()).isFalse();
        assertThat(view.plusMonth.isEnabled()).isFalse();
        assertThat(view.target.isEnabled()).isFalse();
        assertThat(view.set.isEnabled()).isFalse();
    }

    @Test
    void otherRolesCannotOpenTheClock() {
        World world = fixtures.newWorld();
        loginAs(world.secretariat());

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/clock")).isInstanceOf(AccessDeniedException.class);
        _assertNone(ClockView.class);
    }

    /** Waits for the move's own thread (no sleeping: it is a future), then lets the UI take its result. */
    private static void finishMove() {
        _get(ClockView.class).running.join();
        MockVaadin.clientRoundtrip();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
