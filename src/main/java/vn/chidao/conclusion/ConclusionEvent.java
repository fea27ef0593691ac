package vn.chidao.conclusion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.chidao.base.HistoryEntry;

/** One step in a conclusion's history: created, submitted, rejected (with the leader's comment), approved. */
@Entity
@Table(name = "conclusion_event")
class ConclusionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conclusion_event_seq")
    @SequenceGenerator(name = "conclusion_event_seq", sequenceName = "conclusion_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "conclusion_id", nullable = false)
    private Long conclusionId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(length = 4000)
    private String comment;

    protected ConclusionEvent() {
    }

    ConclusionEvent(Long conclusionId, Instant at, String username, String action, String comment) {
        this.conclusionId = conclusionId;
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

    HistoryEntry toEntry() {
        return new HistoryEntry(at, username, action, comment, id);
    }
}
