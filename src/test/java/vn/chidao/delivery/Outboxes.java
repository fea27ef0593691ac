package vn.chidao.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Deliveries for the UI tests, through the services: a government with its own admin, one email that failed
 * every try and one waiting. Neither ever reaches a mail server: each recipient's address is taken away once the
 * outbox has written their delivery, so a try fails at once ("has no email address"), whatever listens on the
 * test SMTP port. {@link #forget()} removes the rows again, so no later test's sender finds them due.
 */
@Component
class Outboxes {

    static final Pageable NEWEST = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "createdAt", "id"));

    /** A world, the admin of its government, and its two deliveries (0 when the world has none). */
    record Outbox(World world, Actor admin, long failed, long pending) {
    }

    private final Fixtures fixtures;
    private final PreferenceService preferences;
    private final NotificationService notifications;
    private final DeliveryService deliveries;
    private final DeliverySender sender;
    private final DeliveryRepository rows;
    private final AppClock clock;
    private final Set<Long> governments = ConcurrentHashMap.newKeySet();

    Outboxes(Fixtures fixtures, PreferenceService preferences, NotificationService notifications,
             DeliveryService deliveries, DeliverySender sender, DeliveryRepository rows, AppClock clock) {
        this.fixtures = fixtures;
        this.preferences = preferences;
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.sender = sender;
        this.rows = rows;
        this.clock = clock;
    }

    /** A government with its admin and no delivery. */
    Outbox empty() {
        World world = fixtures.newWorld();
        governments.add(world.government().id());
        return new Outbox(world, fixtures.user(world, "qt", Role.ADMIN, null), 0, 0);
    }

    /** A reminder to SO_B's focal point that failed all its tries, then one to SO_A's that waits. */
    Outbox withFailedAndPending() {
        Outbox empty = empty();
        long failed = deliver(empty, World.SO_B, "Nhắc việc: còn 3 ngày làm việc");
        fail(empty.admin(), failed);
        long pending = deliver(empty, World.SO_A, "Nhắc việc: đến hạn hôm nay");
        return new Outbox(empty.world(), empty.admin(), failed, pending);
    }

    /** Removes the deliveries of every government made here. */
    void forget() {
        governments.forEach(id -> rows.deleteAll(rows.search(id, null, Pageable.unpaged()).getContent()));
        governments.clear();
    }

    private long deliver(Outbox outbox, String unit, String text) {
        Actor to = outbox.world().focalPoint(unit);
        preferences.change(to, new Preferences(to.username() + "@tinh.gov.vn", "vi", Map.of()));
        notifications.notify(outbox.world().government().id(), List.of(to.username()), NotificationKind.REMINDER,
                null, text);
        preferences.change(to, new Preferences(null, "vi", Map.of()));
        return deliveries.page(outbox.admin(), null, NEWEST).stream().filter(d -> d.recipient().equals(to.username()))
                .findFirst().orElseThrow().id();
    }

    /** Runs the sender with the clock past each backoff until the delivery has used up its tries. */
    private void fail(Actor admin, long id) {
        Instant at = clock.instant();
        for (int round = 0; round < 500 && status(admin, id) != DeliveryStatus.FAILED; round++) {
            at = at.plus(Duration.ofHours(5));
            clock.travelTo(at);
            sender.sendDue();
        }
        assertThat(status(admin, id)).isEqualTo(DeliveryStatus.FAILED);
    }

    private DeliveryStatus status(Actor admin, long id) {
        return deliveries.page(admin, null, NEWEST).stream().filter(d -> d.id() == id).findFirst().orElseThrow()
                .status();
    }
}
