package vn.chidao.delivery;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.security.UserContact;
import vn.chidao.security.UserService;

/** Gathers what a delivery speaks of (the notification, its recipient, its assignment) and hands it to its channel. */
@Component
class Channels {

    private final EmailChannel email;
    private final WebhookChannel webhook;
    private final NotificationService notifications;
    private final UserService users;
    private final AssignmentService assignments;
    private final OrganisationService organisation;

    Channels(EmailChannel email, WebhookChannel webhook, NotificationService notifications, UserService users,
             AssignmentService assignments, OrganisationService organisation) {
        this.email = email;
        this.webhook = webhook;
        this.notifications = notifications;
        this.users = users;
        this.assignments = assignments;
        this.organisation = organisation;
    }

    void send(Delivery delivery) {
        UserContact recipient = users.contact(delivery.getRecipient()).orElseThrow(
                () -> new DeliveryFailure("unknown recipient " + delivery.getRecipient(), false, null));
        if (delivery.getNotificationId() == null) {
            email.sendDigest(delivery, recipient);
            return;
        }
        NotificationDto notification = notifications.find(delivery.getNotificationId(), recipient.locale());
        AssignmentRow assignment = notification.assignmentId() == null ? null
                : assignments.rows(List.of(notification.assignmentId())).get(notification.assignmentId());
        Notice notice = new Notice(delivery.getId(), notification, recipient, assignment, unitCode(assignment, recipient));
        switch (delivery.getChannel()) {
            case EMAIL -> email.send(notice);
            case WEBHOOK -> webhook.send(delivery.getGovernmentId(), notice);
        }
    }

    private String unitCode(AssignmentRow assignment, UserContact recipient) {
        if (assignment != null) {
            return assignment.unitCode();
        }
        if (recipient.unitId() == null) {
            return null;
        }
        UnitDto unit = organisation.unitsById(List.of(recipient.unitId())).get(recipient.unitId());
        return unit == null ? null : unit.code();
    }

    /** One notification on its way to one person, with the assignment it speaks of (null when none). */
    record Notice(long deliveryId, NotificationDto notification, UserContact recipient, AssignmentRow assignment,
                  String unitCode) {
    }
}
