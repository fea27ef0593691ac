package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.calendar.WorkingCalendar;

/**
 * When a task is overdue: the one rule the inbox (rows, chips, the {@code OVERDUE} filter), the task page, the
 * register, the dashboard, the bell and the export ask. A due day D is missed from D+1 00:00 Asia/Ho_Chi_Minh
 * ({@link #missed}). A task is overdue when the unit's own work on it is late: acknowledging, reporting or
 * contributing past the assignment's deadline, or a period's report past the period's due day; their BPMN user
 * tasks carry that moment as their due date, so the engine can filter by it. The leaders' overdue review exists
 * only for an overdue assignment and counts with it. What waits on the secretariat or a leader (a report's
 * review, a sign-off, an extension's decision, a notice's approval or revision) is never overdue: it shows how
 * many working days it has waited.
 */
@Component
public class TaskUrgencies {

    /** The unit's own work: the tasks that carry a due date. */
    public static final Set<String> UNIT_WORK = Set.of(DirectiveAssignmentProcess.TASK_ACKNOWLEDGE,
            DirectiveAssignmentProcess.TASK_REPORT, DirectiveAssignmentProcess.TASK_CONTRIBUTION,
            DirectiveAssignmentProcess.TASK_PERIODIC_REPORT);

    /**
     * A task's standing. {@code due}: the day its work is due (the period's due day for a period's report, the
     * assignment's deadline otherwise; null when ongoing or waiting on nobody's deadline); {@code days}: working
     * days left (negative: late) for the unit's work and the overdue review, working days waited when
     * {@link Urgency#WAITING}, null when ongoing.
     */
    public record Standing(Urgency urgency, LocalDate due, Long days) {
    }

    private final WorkingCalendar calendar;
    private final AppClock clock;

    TaskUrgencies(WorkingCalendar calendar, AppClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Whether a due day is missed on {@code today}: from the next day on. */
    public static boolean missed(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }

    /**
     * @param taskKey the BPMN user task's id
     * @param dueDate the engine task's due date (the last second of its due day), null when it has none
     * @param createdAt when the task was created
     * @param deadline the assignment's deadline (for the overdue review), null when ongoing
     * @param reminderDays the directive's reminder window in working days
     */
    public Standing of(String taskKey, Date dueDate, Date createdAt, LocalDate deadline, int reminderDays) {
        LocalDate today = LocalDate.now(clock);
        if (UNIT_WORK.contains(taskKey)) {
            if (dueDate == null) {
                return new Standing(Urgency.ONGOING, null, null);
            }
            LocalDate due = Dates.dayOf(dueDate.toInstant());
            long left = calendar.workingDaysBetween(today, due);
            Urgency urgency = missed(due, today) ? Urgency.OVERDUE
                    : left <= reminderDays ? Urgency.DUE_SOON : Urgency.ON_TIME;
            return new Standing(urgency, due, left);
        }
        if (DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW.equals(taskKey) && deadline != null) {
            return new Standing(Urgency.OVERDUE, deadline, (long) calendar.workingDaysBetween(today, deadline));
        }
        LocalDate since = Dates.dayOf(createdAt.toInstant());
        return new Standing(Urgency.WAITING, deadline, (long) Math.max(0, calendar.workingDaysBetween(since, today)));
    }

    /** Keeps the overdue tasks of a task query: the unit's work past its due date, and the overdue reviews. */
    public TaskQuery overdue(TaskQuery query) {
        return query.or()
                .dueBefore(Date.from(Dates.overdueFrom(LocalDate.now(clock).minusDays(1))))
                .taskDefinitionKey(DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW)
                .endOr();
    }

    /** Keeps the unit's work due from {@code from} to {@code to}, both days included. */
    public TaskQuery dueWithin(TaskQuery query, LocalDate from, LocalDate to) {
        return query.dueAfter(Date.from(Dates.overdueFrom(from.minusDays(1)).minusMillis(1)))
                .dueBefore(Date.from(Dates.overdueFrom(to)));
    }
}
