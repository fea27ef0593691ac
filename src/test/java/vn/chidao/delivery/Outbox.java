package vn.chidao.delivery;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chidao.base.Actor;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.support.World;

/** Test helper: notifications recorded as the processes record them, and what the outbox made of them. */
@Component
class Outbox {

    /** Where the test profile points the application's SMTP (application-test.yml): 3925 unless set otherwise. */
    static final int SMTP_PORT = Integer.parseInt(System.getenv().getOrDefault("CHIDAO_TEST_SMTP_PORT", "3925"));

    final DeliveryRepository deliveries;
    final DeliverySender sender;
    final PreferenceService preferences;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;

    Outbox(DeliveryRepository deliveries, DeliverySender sender, PreferenceService preferences,
           NotificationService notifications, PlatformTransactionManager transactions) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.preferences = preferences;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Gives a user an email address and a language. */
    void reach(Actor user, String email, String language) {
        preferences.change(user, new Preferences(email, language, null));
    }

    /** One notification to each user, in one transaction, as a process's job writes them. */
    void notify(World world, NotificationKind kind, Long assignmentId, String text, Actor... users) {
        transaction.executeWithoutResult(s -> notifications.notify(world.government().id(),
                Arrays.stream(users).map(Actor::username).toList(), kind, assignmentId, text));
    }

    /** The deliveries addressed to a user, oldest first. */
    List<Delivery> of(Actor user) {
        return deliveries.findAll().stream().filter(d -> d.getRecipient().equals(user.username()))
                .sorted(java.util.Comparator.comparing(Delivery::getId)).toList();
    }

    Delivery reload(Delivery delivery) {
        return deliveries.findById(delivery.getId()).orElseThrow();
    }

    /** The messages a mail server received for an address. */
    static List<MimeMessage> to(MimeMessage[] received, String address) {
        return Arrays.stream(received).filter(m -> recipients(m).contains(address)).toList();
    }

    static Map<String, MimeMessage> byDelivery(List<MimeMessage> messages) {
        return messages.stream().collect(Collectors.toMap(Outbox::deliveryId, Function.identity()));
    }

    static String deliveryId(MimeMessage message) {
        try {
            return message.getHeader(WebhookChannel.DELIVERY, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text and HTML parts of a message, decoded, one after the other. */
    static String text(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return all.toString();
            }
            return String.valueOf(content);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
