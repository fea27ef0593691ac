package vn.chidao.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.time.AppClock;

/**
 * Records notifications and shows each person their own. Called by the processes' delegates in the engine's
 * transaction: a timer job that fails and is retried leaves no row behind, so each firing is recorded once.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final AppClock clock;
    private final ApplicationEventPublisher publisher;
    private final Substitutes substitutes;

    NotificationService(NotificationRepository notifications, AppClock clock, ApplicationEventPublisher publisher,
                        Substitutes substitutes) {
        this.notifications = notifications;
        this.clock = clock;
        this.publisher = publisher;
        this.substitutes = substitutes;
    }

    /**
     * One row per distinct recipient and per person substituting for one of them today, all at the same instant; each is announced ({@link NotificationRecorded})
     * within the transaction, so its deliveries are written with it or not at all.
     */
    @Transactional
    public void notify(long governmentId, Collection<String> recipients, NotificationKind kind, Long assignmentId,
                       String text) {
        var now = clock.instant();
        LinkedHashSet<String> everyone = new LinkedHashSet<>(recipients);
        if (!everyone.isEmpty()) {
            everyone.addAll(substitutes.substitutesOf(recipients, LocalDate.now(clock)));
        }
        List<Notification> rows = everyone.stream()
                .map(r -> new Notification(governmentId, r, kind, assignmentId, text, now)).toList();
        notifications.saveAll(rows);
        rows.forEach(n -> publisher.publishEvent(n.recorded()));
        log.debug("{} to {} about assignment {}: {}", kind, recipients, assignmentId, text);
    }

    /** One notification, for its deliveries (no caller check: the delivery feature sends it to its recipient). */
    public NotificationDto find(long id) {
        return notifications.findById(id).map(Notification::toDto)
                .orElseThrow(() -> new NotFoundException("error.notification.notFound", id));
    }

    /** A person's notifications of some kinds since an instant (exclusive) up to another (inclusive), oldest first. */
    public List<NotificationDto> since(String recipient, Collection<NotificationKind> kinds, Instant after, Instant upTo) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return notifications.findSince(
                recipient, kinds, after, upTo).stream().map(Notification::toDto).toList();
    }

    /** The caller's notifications, newest first. */
    public Page<NotificationDto> mine(Actor actor, Pageable pageable) {
        return notifications.findByRecipient(actor.username(), pageable).map(Notification::toDto);
    }

    public long unreadCount(Actor actor) {
        return notifications.countByRecipientAndReadAtIsNull(actor.username());
    }

    @Transactional
    public NotificationDto markRead(Actor actor, long id) {
        Notification notification = notifications.findById(id)
                .orElseThrow(() -> new NotFoundException("error.notification.notFound", id));
        if (!notification.getRecipient().equals(actor.username())) {
            throw new ForbiddenException("error.notification.notYours");
        }
        notification.markRead(clock.instant());
        return notification.toDto();
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.username(), clock.instant());
    }
}
