package vn.chidao.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * One unit's part in one directive, carried by one {@code directive-assignment} process instance (business
 * key = this id). The deadline may later be extended; the original deadline is kept.
 */
@Entity
@Audited
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "government_id", nullable = false)
    private Long governmentId;

    @Column(name = "conclusion_id", nullable = false)
    private Long conclusionId;

    @Column(name = "committee_id", nullable = false)
    private Long committeeId;

    @Column(name = "directive_id", nullable = false)
    private Long directiveId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentRole role;

    private LocalDate deadline;

    @Column(name = "original_deadline")
    private LocalDate originalDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AssignmentStatus status = AssignmentStatus.ASSIGNED;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    @Column(length = 8000)
    private String report;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "reported_at")
    private Instant reportedAt;

    /** The day (Asia/Ho_Chi_Minh) of the latest report; timeliness of a done task is judged by it. */
    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(Long governmentId, Long conclusionId, Long committeeId, Long directiveId, Long unitId,
               AssignmentRole role, LocalDate deadline, Instant createdAt) {
        this.governmentId = governmentId;
        this.conclusionId = conclusionId;
        this.committeeId = committeeId;
        this.directiveId = directiveId;
        this.unitId = unitId;
        this.role = role;
        this.deadline = deadline;
        this.originalDeadline = deadline;
        this.createdAt = createdAt;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void setStatus(AssignmentStatus status, Instant at) {
        this.status = status;
        if (status == AssignmentStatus.DONE) {
            this.completedAt = at;
            this.progressPercent = 100;
        }
    }

    /** A new deadline (extension or a leader's decision); the original deadline is kept. */
    void changeDeadline(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    /** The assignment belongs to the government that absorbed its own (a merge); its unit and history stay. */
    void moveToGovernment(Long receivingId) {
        this.governmentId = receivingId;
    }

    /** Another unit carries the directive from now on (a reassignment); what was done so far stays. */
    void moveTo(Long newUnitId) {
        this.unitId = newUnitId;
    }

    void acknowledge(Instant at) {
        this.acknowledgedAt = at;
    }

    void progress(int percent) {
        this.progressPercent = percent;
    }

    void report(String text, Instant at, LocalDate day) {
        this.report = text;
        this.reportedAt = at;
        this.reportedOn = day;
    }

    /** An ongoing directive (thường xuyên) has no deadline. */
    boolean isOngoing() {
        return deadline == null;
    }

    /** The unit still has to act: acknowledge, work, report, or send its contribution; the deadline watch chases it. */
    public boolean isChased() {
        return status == AssignmentStatus.ASSIGNED || status == AssignmentStatus.IN_PROGRESS;
    }

    /** Where this assignment counts in the figures now. */
    AssignmentBucket bucket() {
        return new AssignmentBucket(governmentId, committeeId, unitId, deadline,
                AssignmentBucket.standingOf(status, deadline, reportedOn));
    }

    public Timeliness timeliness(LocalDate today) {
        return Timeliness.of(status, deadline, reportedOn, today);
    }

    public Long getId() {
        return id;
    }

    public Long getGovernmentId() {
        return governmentId;
    }

    Long getConclusionId() {
        return conclusionId;
    }

    public Long getDirectiveId() {
        return directiveId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public AssignmentRole getRole() {
        return role;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getOriginalDeadline() {
        return originalDeadline;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    int getProgressPercent() {
        return progressPercent;
    }

    public String getReport() {
        return report;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    LocalDate getReportedOn() {
        return reportedOn;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
