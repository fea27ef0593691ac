package vn.chidao.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: the changes of one transaction, who made them (and for whom, when a substitute), when by
 * the application's clock and when by the server's. Written once, in the transaction of its changes; never updated.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    /** The server's time (Envers' own timestamp): the app's clock may have been moved, this one not. */
    @RevisionTimestamp
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The application's clock ({@code AppClock}): the time every screen shows. */
    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "on_behalf_of", length = AuditActor.ON_BEHALF_OF_LENGTH)
    private String onBehalfOf;

    /** What this transaction changed so far, kept until it commits ({@link AuditWriter}). */
    @Transient
    private transient PendingChanges pending;

    AuditRevision() {
    }

    void describe(Instant at, AuditActor who) {
        this.at = at;
        this.username = who.username();
        this.onBehalfOf = who.onBehalfOf();
    }

    Long getId() {
        return id;
    }

    Instant getAt() {
        return at;
    }

    String getUsername() {
        return username;
    }

    String getOnBehalfOf() {
        return onBehalfOf;
    }

    PendingChanges pending() {
        return pending;
    }

    void setPending(PendingChanges pending) {
        this.pending = pending;
    }
}
