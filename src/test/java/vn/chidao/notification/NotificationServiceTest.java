package vn.chidao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.time.AppClock;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

@ChidaoTest
class NotificationServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    NotificationService notifications;
    @Autowired
    AppClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachRecipientGetsOneRowAndSeesOnlyTheirOwnNewestFirst() {
        World world = fixtures.newWorld();
        String focal = world.focalPoint(World.SO_A).username();
        String head = world.unitHead(World.SO_A).username();
        var start = clock.instant();
        clock.travelTo(start);
        notifications.notify(world.government().id(), List.of(focal, head, focal), NotificationKind.OVERDUE, null, "Quá hạn");
        clock.travelTo(start.plus(Duration.ofHours(1)));
        notifications.notify(world.government().id(), List.of(focal), NotificationKind.REMINDER, null, "Nhắc việc");

        var mine = notifications.mine(world.focalPoint(World.SO_A), PageRequest.of(0, 10)).getContent();
        assertThat(mine).extracting(NotificationDto::kind)
                .containsExactly(NotificationKind.REMINDER, NotificationKind.OVERDUE);
        assertThat(notifications.mine(world.unitHead(World.SO_A), PageRequest.of(0, 10)).getContent())
                .extracting(NotificationDto::text).containsExactly("Quá hạn");
        assertThat(notifications.mine(world.focalPoint(World.SO_B), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aTextFromTheBundlesIsReadInTheReadersLanguage() {
        World world = fixtures.newWorld();
        var focal = world.focalPoint(World.SO_A);
        notifications.notify(world.government().id(), List.of(focal.username()), NotificationKind.OVERDUE, null,
                new NoticeText("notice.overdue", "Số hoá hồ sơ", "12/TB-UBND", "03/02/2023"));

        assertThat(notifications.mine(focal, PageRequest.of(0, 1), java.util.Locale.ENGLISH).getContent())
                .extracting(NotificationDto::text)
                .containsExactly("«Số hoá hồ sơ» (notice 12/TB-UBND) is overdue since 03/02/2023.");
        String vietnamese = notifications.mine(focal, PageRequest.of(0, 1), java.util.Locale.forLanguageTag("vi"))
                .getContent().get(0).text();
        assertThat(vietnamese).contains("«Số hoá hồ sơ»").contains("12/TB-UBND").doesNotContain("overdue");
        long id = notifications.mine(focal, PageRequest.of(0, 1)).getContent().get(0).id();
        assertThat(notifications.find(id, java.util.Locale.ENGLISH).text()).startsWith("«Số hoá hồ sơ» (notice");
    }

    @Test
    void readingMarksOnlyTheCallersOwn() {
        World world = fixtures.newWorld();
        var focal = world.focalPoint(World.SO_A);
        notifications.notify(world.government().id(), List.of(focal.username()), NotificationKind.REMINDER, null, "a");
        notifications.notify(world.government().id(), List.of(focal.username()), NotificationKind.REMINDER, null, "b");
        long first = notifications.mine(focal, PageRequest.of(0, 10)).getContent().get(0).id();

        assertThatThrownBy(() -> notifications.markRead(world.secretariat(), first))
                .isInstanceOf(NotFoundException.class);
        assertThat(notifications.unreadCount(focal)).isEqualTo(2);
        assertThat(notifications.markRead(focal, first).read()).isTrue();
        assertThat(notifications.unreadCount(focal)).isEqualTo(1);
        assertThat(notifications.markAllRead(focal)).isEqualTo(1);
        assertThat(notifications.unreadCount(focal)).isZero();
    }
}
