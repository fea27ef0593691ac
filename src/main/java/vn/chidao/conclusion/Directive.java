package vn.chidao.conclusion;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;

/**
 * One numbered task (nhiệm vụ) of a conclusion: exactly one lead unit (chủ trì, Decree 39/2022) and any
 * number of coordinating units (phối hợp); a deadline, or none when ongoing (thường xuyên).
 */
@Entity
@Audited
@Table(name = "directive")
class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directive_seq")
    @SequenceGenerator(name = "directive_seq", sequenceName = "directive_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conclusion_id")
    private Conclusion conclusion;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 4000)
    private String content;

    private LocalDate deadline;

    @Column(nullable = false)
    private boolean ongoing;

    @Column(name = "leader_sign_off", nullable = false)
    private boolean leaderSignOff;

    @Column(name = "lead_unit_id", nullable = false)
    private Long leadUnitId;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = DirectiveDraft.DEFAULT_REMINDER_DAYS;

    @Column(name = "deadline_working_days")
    private Integer deadlineWorkingDays;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 2000)
    private String cancelReason;

    /** ISO-8601 period of an ongoing directive's reports (null for a directive with a deadline). */
    @Column(name = "report_every", length = 20)
    private String reportEvery;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_comment", length = 2000)
    private String closeComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directive_coordinator", joinColumns = @JoinColumn(name = "directive_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_id")
    private List<Long> coordinatingUnitIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directive_indicator", joinColumns = @JoinColumn(name = "directive_id"))
    @Column(name = "indicator_code", length = 20)
    private Set<String> indicatorCodes = new TreeSet<>();

    protected Directive() {
    }

    Directive(Conclusion conclusion, int ordinal, String content, LocalDate deadline, Integer deadlineWorkingDays,
              boolean ongoing, boolean leaderSignOff, int reminderDays, String reportEvery, Long leadUnitId,
              List<Long> coordinatingUnitIds, boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
        this.reportEvery = reportEvery;
        this.deadlineWorkingDays = deadlineWorkingDays;
        this.reminderDays = reminderDays;
        this.conclusion = conclusion;
        this.ordinal = ordinal;
        this.content = content;
        this.deadline = deadline;
        this.ongoing = ongoing;
        this.leaderSignOff = leaderSignOff;
        this.leadUnitId = leadUnitId;
        this.coordinatingUnitIds = new ArrayList<>(coordinatingUnitIds);
    }

    Long getId() {
        return id;
    }

    Conclusion getConclusion() {
        return conclusion;
    }

    int getOrdinal() {
        return ordinal;
    }

    String getContent() {
        return content;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    boolean isOngoing() {
        return ongoing;
    }

    boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    boolean isLeaderSignOff() {
        return leaderSignOff;
    }

    Long getLeadUnitId() {
        return leadUnitId;
    }

    int getReminderDays() {
        return reminderDays;
    }

    Integer getDeadlineWorkingDays() {
        return deadlineWorkingDays;
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }

    String getCancelReason() {
        return cancelReason;
    }

    String getReportEvery() {
        return reportEvery;
    }

    boolean isClosed() {
        return closedAt != null;
    }

    void close(Instant at, String comment) {
        this.closedAt = at;
        this.closeComment = comment;
    }

    void cancel(Instant at, String reason) {
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    /** The DTI indicators' codes, sorted. */
    List<String> getIndicatorCodes() {
        return List.copyOf(new TreeSet<>(indicatorCodes));
    }

    void tag(Collection<String> codes) {
        indicatorCodes.clear();
        indicatorCodes.addAll(codes);
    }

    List<Long> getCoordinatingUnitIds() {
        return coordinatingUnitIds;
    }
}
