package vn.chidao.periodic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentAccess;
import vn.chidao.assignment.PeriodicReportView;
import vn.chidao.assignment.ReportingPeriods;
import vn.chidao.base.ConflictException;
import vn.chidao.base.time.Dates;
import vn.chidao.calendar.WorkingCalendar;

/**
 * The reporting periods of an ongoing directive's lead unit. Period k runs from the day the unit was assigned
 * plus (k-1) times {@code reportEvery} and its report is due k times {@code reportEvery} after that day, moved
 * to the next working day when that is a day off. The schedule does not slip when a report comes late.
 */
@Component
@Transactional
class PeriodicReports implements ReportingPeriods {

    private final PeriodicReportRepository reports;
    private final AssignmentAccess access;
    private final WorkingCalendar calendar;

    PeriodicReports(PeriodicReportRepository reports, AssignmentAccess access, WorkingCalendar calendar) {
        this.reports = reports;
        this.access = access;
        this.calendar = calendar;
    }

    /** Opens the next period (called by {@code Task_OpenPeriod}) and returns it. */
    PeriodicReport openNext(long assignmentId, Period every) {
        Assignment a = access.find(assignmentId);
        int next = reports.findFirstByAssignmentIdOrderByPeriodNoDesc(assignmentId)
                .map(r -> r.getPeriodNo() + 1).orElse(1);
        LocalDate base = Dates.dayOf(a.getCreatedAt());
        LocalDate start = base.plus(every.multipliedBy(next - 1));
        LocalDate due = calendar.nextWorkingDay(base.plus(every.multipliedBy(next)));
        return reports.save(new PeriodicReport(assignmentId, next, start, due));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> latePeriods(Collection<Long> assignmentIds, LocalDate today) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> late = new HashMap<>();
        for (Object[] pair : reports.unreportedDueBefore(assignmentIds, today)) {
            late.merge((Long) pair[0], (Integer) pair[1], Math::max);
        }
        return late;
    }

    @Override
    public int submit(long assignmentId, String text, String by, Instant at) {
        PeriodicReport report = reports.findFirstByAssignmentIdOrderByPeriodNoDesc(assignmentId)
                .filter(r -> !r.isReported())
                .orElseThrow(() -> new ConflictException("error.period.none"));
        report.submit(text, by, at);
        return report.getPeriodNo();
    }

    /** The day after the due day without a report (called by {@code Task_MarkPeriodMissed}). */
    PeriodicReport markMissed(long assignmentId, int period, Instant at) {
        PeriodicReport report = reports.findByAssignmentIdAndPeriodNo(assignmentId, period).orElseThrow();
        report.markMissed(at);
        return report;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PeriodicReportView> of(long assignmentId, LocalDate today) {
        return reports.findByAssignmentIdOrderByPeriodNoAsc(assignmentId).stream().map(r -> r.toView(today)).toList();
    }
}
