package vn.chidao.notification;

import static com.github.mvysny.kaributesting.v10.AnchorsKt.get_href;
import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.support.Fixtures;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/** The notifications screen and the bell: the caller's notices newest first, read one by one or all at once. */
class NotificationsViewTest extends KaribuSupport {

    @Autowired
    NotificationService notifications;

    World world;
    Actor focal;
    long assignmentId;

    @Test
    void theCallersNoticesShowNewestFirstWithTimeKindTextAndTheTaskLink() {
        given();
        notifyFocalAt(LocalDate.of(2024, 3, 13), 8, NotificationKind.REMINDER, "Nhắc việc: còn 3 ngày làm việc");
        notifyFocalAt(LocalDate.of(2024, 3, 19), 0, NotificationKind.OVERDUE, "Nhiệm vụ đã quá hạn ngày 18/03/2024.");
        notifications.notify(world.government().id(), List.of(world.focalPoint(World.SO_B).username()),
                NotificationKind.LEADER_ACTION, null, "Gửi cho người khác");

        open(focal);

        Grid<NotificationDto> grid = grid();
        assertThat(_findAll(grid)).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.OVERDUE, NotificationKind.REMINDER);
        assertThat(_getFormatted(grid, 0, "at")).isEqualTo("19/03/2024 00:00");
        Span kind = (Span) _getCellComponent(grid, 0, "kind");
        assertThat(kind.getText()).isEqualTo("Quá hạn");
        assertThat(kind.getElement().getThemeList()).contains("badge", "error");
        assertThat(((Span) _getCellComponent(grid, 1, "kind")).getText()).isEqualTo("Nhắc việc");
        assertThat(((Div) _getCellComponent(grid, 0, "text")).getText()).isEqualTo("Nhiệm vụ đã quá hạn ngày 18/03/2024.");
        Anchor link = _get((Div) _getCellComponent(grid, 0, "assignment"), Anchor.class);
        assertThat(get_href(link)).isEqualTo("assignments/" + assignmentId);
        assertThat(summary()).isEqualTo("2 thông báo chưa đọc");
        assertThat(bell()).isEqualTo("2");
    }

    @Test
    void markingOneReadUpdatesTheRowTheSummaryAndTheBell() {
        given();
        notifyFocalAt(LocalDate.of(2024, 3, 13), 8, NotificationKind.REMINDER, "Nhắc việc");
        notifyFocalAt(LocalDate.of(2024, 3, 19), 0, NotificationKind.OVERDUE, "Quá hạn");
        open(focal);

        _click(_get((Div) _getCellComponent(grid(), 0, "read"), Button.class));

        assertThat(notifications.unreadCount(focal)).isEqualTo(1);
        assertThat(_findAll(grid())).extracting(NotificationDto::read).containsExactly(true, false);
        assertThat(((Div) _getCellComponent(grid(), 0, "read")).getElement().getTextRecursively()).isEqualTo("Đã đọc");
        assertThat(grid().getPartNameGenerator().apply(_findAll(grid()).get(1))).isEqualTo("chidao-unread");
        assertThat(summary()).isEqualTo("1 thông báo chưa đọc");
        assertThat(bell()).isEqualTo("1");
    }

    @Test
    void readingAllEmptiesTheBellAndDisablesTheButton() {
        given();
        notifyFocalAt(LocalDate.of(2024, 3, 13), 8, NotificationKind.REMINDER, "Nhắc việc");
        notifyFocalAt(LocalDate.of(2024, 3, 14), 9, NotificationKind.EXTENSION_DECIDED, "Không được gia hạn");
        open(focal);
        assertThat(bell()).isEqualTo("2");

        _click(_get(Button.class, spec -> spec.withId("read-all")));

        assertThat(notifications.unreadCount(focal)).isZero();
        assertThat(_findAll(grid())).allMatch(NotificationDto::read);
        assertThat(summary()).isEqualTo("Bạn đã đọc hết các thông báo.");
        assertThat(_get(Button.class, spec -> spec.withId("read-all")).isEnabled()).isFalse();
        assertThat(bell()).isEqualTo("0");
    }

    @Test
    void openingTheTaskFromANoticeMarksItRead() {
        given();
        notifyFocalAt(LocalDate.of(2024, 3, 13), 8, NotificationKind.REMINDER, "Nhắc việc");
        open(focal);

        Anchor link = _get((Div) _getCellComponent(grid(), 0, "assignment"), Anchor.class);
        _fireDomEvent(link.getElement(), new DomEvent(link.getElement(), "click", Json.createObject()));

        assertThat(notifications.unreadCount(focal)).isZero();
        assertThat(getCurrentPath()).isEqualTo("assignments/" + assignmentId);
        assertThat(bell()).isEqualTo("0");
    }

    @Test
    void theBellOpensTheNotificationsAndSomeoneWithoutAnySeesWhatWillAppear() {
        world = fixtures.newWorld();
        loginAs(world.leader());
        UI.getCurrent().navigate("");

        _click(_get(Button.class, spec -> spec.withId("notification-bell-button")));

        assertThat(getCurrentPath()).isEqualTo("notifications");
        assertThat(_get(Div.class, spec -> spec.withId("notifications-empty")).getElement().getTextRecursively())
                .contains("Chưa có thông báo nào", "Nhắc việc trước hạn");
        _assertNone(Grid.class, spec -> spec.withId("notifications-grid"));
    }

    private void given() {
        world = fixtures.newWorld();
        focal = world.focalPoint(World.SO_A);
        time.startAt(LocalDate.of(2024, 3, 5), 9, 0);
        assignmentId = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        // a focal point who joins the unit after the task was announced: only this test's notices are theirs
        focal = fixtures.user(world, "dm.moi", vn.chidao.base.Role.FOCAL_POINT, World.SO_A);
    }

    private void notifyFocalAt(LocalDate day, int hour, NotificationKind kind, String text) {
        time.startAt(day, hour, 0);
        notifications.notify(world.government().id(), List.of(focal.username()), kind, assignmentId, text);
    }

    private void open(Actor actor) {
        loginAs(actor);
        UI.getCurrent().navigate("notifications");
    }

    @SuppressWarnings("unchecked")
    private static Grid<NotificationDto> grid() {
        return _get(Grid.class, spec -> spec.withId("notifications-grid"));
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withId("notifications-summary")).getText();
    }

    /** The bell's count as the top bar shows it; "0" when its badge is hidden. */
    private static String bell() {
        Span count = _get(Component.class, spec -> spec.withId("notification-bell")).getChildren()
                .filter(Span.class::isInstance).map(Span.class::cast).findFirst().orElseThrow();
        return count.isVisible() ? count.getText() : "0";
    }
}
