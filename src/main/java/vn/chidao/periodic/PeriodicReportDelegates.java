package vn.chidao.periodic;

import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.ProcessDeadline;
import vn.chidao.base.time.AppClock;
import vn.chidao.deadline.DeadlineNotices;

/** The service tasks of an ongoing directive's periodic reports in {@code directive-assignment}. */
final class PeriodicReportDelegates {

    private PeriodicReportDelegates() {
    }

    static int period(DelegateExecution execution) {
        return (Integer) execution.getVariable(DirectiveAssignmentProcess.VAR_PERIOD);
    }

    static long assignmentId(DelegateExecution execution) {
        return (Long) execution.getVariable(DirectiveAssignmentProcess.VAR_ASSIGNMENT_ID);
    }

    /** {@code Task_OpenPeriod}: the next period, its due day and the periodic task's due date. */
    @Component("openPeriodDelegate")
    static class OpenPeriod implements JavaDelegate {
        private final PeriodicReports reports;

        OpenPeriod(PeriodicReports reports) {
            this.reports = reports;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Period every = Period.parse((String) execution.getVariable(DirectiveAssignmentProcess.VAR_REPORT_EVERY));
            PeriodicReport opened = reports.openNext(assignmentId(execution), every);
            execution.setVariable(DirectiveAssignmentProcess.VAR_PERIOD, opened.getPeriodNo());
            execution.setVariable(DirectiveAssignmentProcess.VAR_PERIOD_DUE, opened.getDue().toString());
            execution.setVariable(DirectiveAssignmentProcess.VAR_PERIOD_DUE_AT, ProcessDeadline.dueAt(opened.getDue()));
        }
    }

    /** {@code Task_RemindPeriod}. */
    @Component("remindPeriodDelegate")
    static class RemindPeriod implements JavaDelegate {
        private final DeadlineNotices notices;

        RemindPeriod(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.remindPeriod(assignmentId(execution), period(execution), ProcessDeadline.periodDueOf(execution));
        }
    }

    /** {@code Task_MarkPeriodMissed}: the period counts as overdue; the unit learns it. */
    @Component("periodMissedDelegate")
    static class PeriodMissed implements JavaDelegate {
        private final PeriodicReports reports;
        private final DeadlineNotices notices;
        private final AppClock clock;

        PeriodMissed(PeriodicReports reports, DeadlineNotices notices, AppClock clock) {
            this.reports = reports;
            this.notices = notices;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = assignmentId(execution);
            reports.markMissed(id, period(execution), clock.instant());
            notices.periodMissed(id, period(execution), ProcessDeadline.periodDueOf(execution));
        }
    }
}
