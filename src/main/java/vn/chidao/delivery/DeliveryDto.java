package vn.chidao.delivery;

import java.time.OffsetDateTime;

/**
 * A delivery as operators see it: {@code {id, at, channel, kind, recipient, assignmentId, status, attempts,
 * nextAttemptAt, lastError, sentAt}}.
 */
public record DeliveryDto(long id, OffsetDateTime at, DeliveryChannel channel, String kind, String recipient,
                          Long assignmentId, DeliveryStatus status, int attempts, OffsetDateTime nextAttemptAt,
                          String lastError, OffsetDateTime sentAt) {
}
