package vn.chidao.notification;

import java.time.Instant;

/**
 * A notification row was written, published inside the writing transaction: the delivery feature turns it into
 * its deliveries (email, webhook) in that same transaction.
 */
public record NotificationRecorded(long id, long governmentId, String recipient, NotificationKind kind,
                                   Long assignmentId, String text, Instant at) {
}
