package vn.chidao.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.LifecycleProperties;
import vn.chidao.assignment.ProcessDeadline;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.calendar.WorkingCalendar;

/**
 * When the deadline watch of {@code directive-assignment} fires, on the working-day calendar. The timers call
 * these as {@code ${assignmentDeadlines.xxx(execution)}} (so the class is public: the expression language calls
 * only public types). When the deadline changes the watch starts again and they are called again with the new
 * {@code deadline} variable.
 */
@Component("assignmentDeadlines")
public class AssignmentDeadlines {

    private final WorkingCalendar calendar;
    private final LifecycleProperties lifecycle;
    private final AppClock clock;

    AssignmentDeadlines(WorkingCalendar calendar, LifecycleProperties lifecycle, AppClock clock) {
        this.calendar = calendar;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** N working days before the deadline (N per directive), in the morning. */
    public Date reminderBefore(DelegateExecution execution) {
        int days = (Integer) execution.getVariable(DirectiveAssignmentProcess.VAR_REMINDER_DAYS);
        return reminderBefore(ProcessDeadline.deadlineOf(execution), days);
    }

    /** The morning of the deadline day. */
    public Date deadlineDay(DelegateExecution execution) {
        return morning(ProcessDeadline.deadlineOf(execution));
    }

    /** The first instant the deadline is missed: the next day at 00:00 Asia/Ho_Chi_Minh. */
    public Date overdueAt(DelegateExecution execution) {
        return Date.from(Dates.overdueFrom(ProcessDeadline.deadlineOf(execution)));
    }

    /** M working days after the deadline, in the morning. */
    public Date escalationAt(DelegateExecution execution) {
        return escalationAt(ProcessDeadline.deadlineOf(execution));
    }

    /**
     * A week after the later of now and the moment the deadline was missed: after a pause (a moved clock, a
     * stopped server) the reminder catches up once instead of once per missed week.
     */
    public Date nextWeeklyReminder(DelegateExecution execution) {
        Instant overdue = Dates.overdueFrom(ProcessDeadline.deadlineOf(execution));
        Instant now = clock.instant();
        Instant from = now.isAfter(overdue) ? now : overdue;
        return morning(Dates.dayOf(from).plusDays(7));
    }

    /** N working days before the due day of the current periodic report, in the morning. */
    public Date periodReminder(DelegateExecution execution) {
        int days = (Integer) execution.getVariable(DirectiveAssignmentProcess.VAR_REMINDER_DAYS);
        return reminderBefore(ProcessDeadline.periodDueOf(execution), days);
    }

    /** The first instant the current periodic report is late. */
    public Date periodMissedAt(DelegateExecution execution) {
        return Date.from(Dates.overdueFrom(ProcessDeadline.periodDueOf(execution)));
    }

    Date reminderBefore(LocalDate deadline, int days) {
        return morning(calendar.minusWorkingDays(deadline, days));
    }

    Date escalationAt(LocalDate deadline) {
        return morning(calendar.plusWorkingDays(deadline, lifecycle.escalationDays()));
    }

    private Date morning(LocalDate day) {
        return Date.from(day.atStartOfDay(Dates.ZONE).plus(lifecycle.reminderHour(), ChronoUnit.HOURS).toInstant());
    }
}
