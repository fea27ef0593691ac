package vn.chidao.audit;

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
import org.hibernate.annotations.Immutable;

/**
 * One change of one entity, as the audit trail searches it: when, who (and for whom), which entity, what, and the
 * changed fields before and after as JSON. Written once with its Envers revision; never changed or removed.
 */
@Entity
@Immutable
@Table(name = "audit_record")
class AuditRecord {

    static final int JSON_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "revision_id", nullable = false)
    private Long revisionId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "on_behalf_of", length = AuditActor.ON_BEHALF_OF_LENGTH)
    private String onBehalfOf;

    @Column(name = "government_code", length = 20)
    private String governmentCode;

    @Column(nullable = false, length = 60)
    private String entity;

    @Column(name = "entity_id", nullable = false, length = 100)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditAction action;

    @Column(name = "before_json", length = JSON_LENGTH)
    private String before;

    @Column(name = "after_json", length = JSON_LENGTH)
    private String after;

    protected AuditRecord() {
    }

    AuditRecord(String governmentCode, String entity, String entityId, AuditAction action, String before,
                String after) {
        this.governmentCode = governmentCode;
        this.entity = entity;
        this.entityId = entityId;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    /** The revision of the transaction that made the change, and its time and people. */
    void attach(AuditRevision revision) {
        this.revisionId = revision.getId();
        this.at = revision.getAt();
        this.username = revision.getUsername();
        this.onBehalfOf = revision.getOnBehalfOf();
    }

    Long getId() {
        return id;
    }

    Long getRevisionId() {
        return revisionId;
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

    String getGovernmentCode() {
        return governmentCode;
    }

    String getEntity() {
        return entity;
    }

    String getEntityId() {
        return entityId;
    }

    AuditAction getAction() {
        return action;
    }

    String getBefore() {
        return before;
    }

    String getAfter() {
        return after;
    }
}
