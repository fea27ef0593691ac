package vn.chidao.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.chidao.base.HistoryEntry;

/** One step of an assignment's history: assigned, acknowledged, progress, reported, accepted, returned. */
@Entity
@Table(name = "assignment_event")
class AssignmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_event_seq")
    @SequenceGenerator(name = "assignment_event_seq", sequenceName = "assignment_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(length = 8000)
    private String comment;

    protected AssignmentEvent() {
    }

    AssignmentEvent(Long assignmentId, Instant at, String username, String action, String comment) {
        this.assignmentId = assignmentId;
        this.at = at;
        this.username = username;
        this.action = action;
        this.comment = comment;
    }

    Long getId() {
        return id;
    }

    Instant getAt() {
        return at;
    }

    Long getAssignmentId() {
        return assignmentId;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(at, username, action, comment, id);
    }
}
