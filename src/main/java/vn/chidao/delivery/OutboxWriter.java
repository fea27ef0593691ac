package vn.chidao.delivery;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidao.base.time.AppClock;
import vn.chidao.notification.NotificationRecorded;
import vn.chidao.security.UserContact;
import vn.chidao.security.UserService;

/**
 * Turns each notification into its deliveries inside the transaction that records it (the outbox): an email when
 * the mail server is set, the person has an address and wants it now; a webhook call when the government has
 * one. The sender is woken once the transaction commits; nothing is sent inside it.
 */
@Component
class OutboxWriter {

    private final DeliveryRepository deliveries;
    private final PreferenceService preferences;
    private final WebhookService webhooks;
    private final EmailChannel email;
    private final UserService users;
    private final DeliverySender sender;
    private final AppClock clock;

    OutboxWriter(DeliveryRepository deliveries, PreferenceService preferences, WebhookService webhooks,
                 EmailChannel email, UserService users, DeliverySender sender, AppClock clock) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.email = email;
        this.users = users;
        this.sender = sender;
        this.clock = clock;
    }

    @EventListener
    void on(NotificationRecorded n) {
        boolean wrote = false;
        if (email.enabled() && preferences.modeOf(n.recipient(), n.kind()) == DeliveryMode.IMMEDIATE
                && users.contact(n.recipient()).filter(OutboxWriter::reachable).isPresent()) {
            deliveries.save(new Delivery(n.governmentId(), n.id(), DeliveryChannel.EMAIL, n.kind().name(),
                    n.recipient(), n.assignmentId(), null, clock.instant()));
            wrote = true;
        }
        if (webhooks.enabledFor(n.governmentId()).isPresent()) {
            deliveries.save(new Delivery(n.governmentId(), n.id(), DeliveryChannel.WEBHOOK, n.kind().name(),
                    n.recipient(), n.assignmentId(), null, clock.instant()));
            wrote = true;
        }
        if (wrote) {
            sender.wakeAfterCommit();
        }
    }

    static boolean reachable(UserContact contact) {
        return contact.enabled() && contact.email() != null;
    }
}
