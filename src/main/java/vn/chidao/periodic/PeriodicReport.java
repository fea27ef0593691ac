package vn.chidao.periodic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.chidao.assignment.PeriodicReportView;
import vn.chidao.assignment.TaskUrgencies;
import vn.chidao.base.time.Dates;

/**
 * One reporting period of an ongoing directive's lead unit: from {@code start}, due on {@code due} (a working
 * day). Reported late or not at all, the period counts as overdue.
 */
@Entity
@Audited
@Table(name = "periodic_report")
class PeriodicReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "periodic_report_seq")
    @SequenceGenerator(name = "periodic_report_seq", sequenceName = "periodic_report_seq", allocationSize = 50)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Column(name = "period_no", nullable = false)
    private int periodNo;

    @Column(name = "period_start", nullable = false)
    private LocalDate start;

    @Column(nullable = false)
    private LocalDate due;

    @Column(length = 8000)
    private String report;

    @Column(name = "reported_by", length = 60)
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(name = "missed_at")
    private Instant missedAt;

    protected PeriodicReport() {
    }

    PeriodicReport(Long assignmentId, int periodNo, LocalDate start, LocalDate due) {
        this.assignmentId = assignmentId;
        this.periodNo = periodNo;
        this.start = start;
        this.due = due;
    }

    void submit(String text, String by, Instant at) {
        this.report = text;
        this.reportedBy = by;
        this.reportedAt = at;
        this.reportedOn = Dates.dayOf(at);
    }

    void markMissed(Instant at) {
        this.missedAt = at;
    }

    int getPeriodNo() {
        return periodNo;
    }

    LocalDate getDue() {
        return due;
    }

    boolean isReported() {
        return reportedAt != null;
    }

    /** Reported after its due day, or not reported and past it. */
    boolean isOverdue(LocalDate today) {
        return TaskUrgencies.missed(due, reportedOn != null ? reportedOn : today);
    }

    PeriodicReportView toView(LocalDate today) {
        return new PeriodicReportView(periodNo, start, due, report, reportedBy, Dates.local(reportedAt),
                isOverdue(today));
    }
}
