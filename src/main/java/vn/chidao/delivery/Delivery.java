package vn.chidao.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.base.time.Dates;

/**
 * One notification (or one morning digest) on its way to one channel: the outbox row. It is written in the
 * transaction of what it announces, claimed by one sender at a time, tried until it is sent or has used up its
 * tries.
 */
@Entity
@Table(name = "delivery")
class Delivery {

    static final String DIGEST = "DIGEST";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
    @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
    private Long id;

    @Column(name = "government_id")
    private Long governmentId;

    @Column(name = "notification_id")
    private Long notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryChannel channel;

    /** The notification's kind, or {@value #DIGEST}. */
    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 60)
    private String recipient;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(length = 200000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Delivery() {
    }

    Delivery(Long governmentId, Long notificationId, DeliveryChannel channel, String kind, String recipient,
             Long assignmentId, String payload, Instant now) {
        this.governmentId = governmentId;
        this.notificationId = notificationId;
        this.channel = channel;
        this.kind = kind;
        this.recipient = recipient;
        this.assignmentId = assignmentId;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed try: the next one after {@code backoff}, or none once {@code maxAttempts} are used. */
    void failed(Instant now, String error, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = StringUtils.abbreviate(error, 1000);
        if (attempts >= maxAttempts) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff);
        }
    }

    /** An operator's "retry now": a failed delivery gets its tries again, a waiting one goes now. */
    void retryNow(Instant now) {
        if (status == DeliveryStatus.FAILED) {
            attempts = 0;
        }
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
    }

    DeliveryDto toDto() {
        return new DeliveryDto(id, Dates.local(createdAt), channel, kind, recipient,
                assignmentId, status, attempts, Dates.local(nextAttemptAt), lastError,
                Dates.local(sentAt));
    }

    Long getId() {
        return id;
    }

    Long getGovernmentId() {
        return governmentId;
    }

    Long getNotificationId() {
        return notificationId;
    }

    DeliveryChannel getChannel() {
        return channel;
    }

    String getKind() {
        return kind;
    }

    String getRecipient() {
        return recipient;
    }

    Long getAssignmentId() {
        return assignmentId;
    }

    String getPayload() {
        return payload;
    }

    DeliveryStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }
}
