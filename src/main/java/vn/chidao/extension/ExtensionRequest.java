package vn.chidao.extension;

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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.chidao.assignment.ExtensionStatus;
import vn.chidao.assignment.ExtensionView;
import vn.chidao.base.time.Dates;

/** A unit's request for a new deadline (gia hạn), with its reason, and the decision on it. */
@Entity
@Audited
@Table(name = "extension_request")
class ExtensionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extension_request_seq")
    @SequenceGenerator(name = "extension_request_seq", sequenceName = "extension_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Column(name = "previous_deadline", nullable = false)
    private LocalDate previousDeadline;

    @Column(name = "requested_deadline", nullable = false)
    private LocalDate requestedDeadline;

    @Column(nullable = false, length = 4000)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExtensionStatus status = ExtensionStatus.PENDING;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment", length = 4000)
    private String decisionComment;

    protected ExtensionRequest() {
    }

    ExtensionRequest(Long assignmentId, LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
                     String requestedBy, Instant requestedAt) {
        this.assignmentId = assignmentId;
        this.previousDeadline = previousDeadline;
        this.requestedDeadline = requestedDeadline;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(boolean approved, String by, Instant at, String comment) {
        this.status = approved ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionComment = comment;
    }

    void becomeObsolete() {
        this.status = ExtensionStatus.OBSOLETE;
    }

    Long getId() {
        return id;
    }

    Long getAssignmentId() {
        return assignmentId;
    }

    LocalDate getRequestedDeadline() {
        return requestedDeadline;
    }

    String getRequestedByUsername() {
        return requestedBy;
    }

    String getDecisionComment() {
        return decisionComment;
    }

    ExtensionStatus getStatus() {
        return status;
    }

    ExtensionView toView() {
        return new ExtensionView(id, previousDeadline, requestedDeadline, reason, requestedBy,
                Dates.local(requestedAt), status, decidedBy,
                Dates.local(decidedAt), decisionComment);
    }
}
