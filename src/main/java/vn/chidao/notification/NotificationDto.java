package vn.chidao.notification;

import java.time.OffsetDateTime;

/** A notification as the API and the UI show it: {@code {id, at, recipient, kind, assignmentId, text, read}}. */
public record NotificationDto(long id, OffsetDateTime at, String recipient, NotificationKind kind, Long assignmentId,
                              String text, boolean read) {
}
