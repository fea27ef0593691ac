package vn.chidao.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import vn.chidao.base.time.Dates;

/** One notice to one person. The rows are the source for the in-app list and, later, e-mail. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "government_id", nullable = false)
    private Long governmentId;

    @Column(nullable = false, length = 60)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "text_en", length = 2000)
    private String textEn;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Long governmentId, String recipient, NotificationKind kind, Long assignmentId, String text,
                 String textEn, Instant at) {
        this.governmentId = governmentId;
        this.recipient = recipient;
        this.kind = kind;
        this.assignmentId = assignmentId;
        this.text = text;
        this.textEn = textEn;
        this.at = at;
    }

    void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }

    String getRecipient() {
        return recipient;
    }

    NotificationRecorded recorded() {
        return new NotificationRecorded(id, governmentId, recipient, kind, assignmentId, text, at);
    }

    /** In English for a reader who reads English (where the row has it), otherwise in Vietnamese. */
    NotificationDto toDto(Locale locale) {
        boolean english = "en".equals(locale.getLanguage()) && textEn != null;
        return new NotificationDto(id, Dates.local(at), recipient, kind, assignmentId, english ? textEn : text,
                readAt != null);
    }
}
