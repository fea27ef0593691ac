package vn.chidao.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;
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
    private final Messages messages;

    NotificationService(NotificationRepository notifications, AppClock clock, ApplicationEventPublisher publisher,
                        Substitutes substitutes, Messages messages) {
        this.messages = messages;
        this.notifications = notifications;
        this.clock = clock;
        this.publisher = publisher;
        this.substitutes = substitutes;
    }

    /** As {@link #notify(long, Collection, NotificationKind, Long, String, String)}, in Vietnamese and English. */
    @Transactional
    public void notify(long governmentId, Collection<String> recipients, NotificationKind kind, Long assignmentId,
                       NoticeText text) {
        notify(governmentId, recipients, kind, assignmentId,
                messages.get(Messages.VIETNAMESE, text.key(), text.arguments()),
                messages.get(Locale.ENGLISH, text.key(), text.arguments()));
    }

    /** A text in Vietnamese only (read in Vietnamese by everyone). */
    @Transactional
    public void notify(long governmentId, Collection<String> recipients, NotificationKind kind, Long assignmentId,
                       String text) {
        notify(governmentId, recipients, kind, assignmentId, text, null);
    }

    /**
     * One row per distinct recipient and per person substituting for one of them today, all at the same instant; each is announced ({@link NotificationRecorded})
     * within the transaction, so its deliveries are written with it or not at all.
     */
    private void notify(long governmentId, Collection<String> recipients, NotificationKind kind, Long assignmentId,
                        String text, String textEn) {
        var now = clock.instant();
        LinkedHashSet<String> everyone = new LinkedHashSet<>(recipients);
        if (!everyone.isEmpty()) {
            everyone.addAll(substitutes.substitutesOf(recipients, LocalDate.now(clock)));
        }
        List<Notification> rows = everyone.stream()
                .map(r -> new Notification(governmentId, r, kind, assignmentId, text, textEn, now)).toList();
        notifications.saveAll(rows);
        rows.forEach(n -> publisher.publishEvent(n.recorded()));
        log.debug("{} to {} about assignment {}: {}", kind, recipients, assignmentId, text);
    }

    /** One notification, for its deliveries (no caller check: the delivery feature sends it to its recipient). */
    public NotificationDto find(long id, Locale locale) {
        return notifications.findById(id).map(n -> n.toDto(locale))
                .orElseThrow(() -> new NotFoundException("error.notification.notFound", id));
    }

    /** A person's notifications of some kinds since an instant (exclusive) up to another (inclusive), oldest first. */
    public List<NotificationDto> since(String recipient, Collection<NotificationKind> kinds, Instant after, Instant upTo,
                                       Locale locale) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return notifications.findSince(
                recipient, kinds, after, upTo).stream().map(n -> n.toDto(locale)).toList();
    }

    /** The caller's notifications, newest first, in the request's language. */
    public Page<NotificationDto> mine(Actor actor, Pageable pageable) {
        return mine(actor, pageable, requested());
    }

    /** The caller's notifications, newest first, in {@code locale} (the screen's language). */
    public Page<NotificationDto> mine(Actor actor, Pageable pageable, Locale locale) {
        return notifications.findByRecipient(actor.username(), pageable).map(n -> n.toDto(locale));
    }

    public long unreadCount(Actor actor) {
        return notifications.countByRecipientAndReadAtIsNull(actor.username());
    }

    @Transactional
    public NotificationDto markRead(Actor actor, long id) {
        // Another person's notification is answered as an unknown one: its id tells the caller nothing.
        Notification notification = notifications.findById(id)
                .filter(n -> n.getRecipient().equals(actor.username()))
                .orElseThrow(() -> new NotFoundException("error.notification.notFound", id));
        notification.markRead(clock.instant());
        return notification.toDto(requested());
    }

    /** The language a request asked for (Accept-Language); Vietnamese outside a request. */
    private static Locale requested() {
        return LocaleContextHolder.getLocaleContext() == null ? Messages.VIETNAMESE : LocaleContextHolder.getLocale();
    }

    @Transactional
    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.username(), clock.instant());
    }
}
