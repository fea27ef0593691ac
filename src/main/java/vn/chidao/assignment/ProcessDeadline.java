package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import vn.chidao.base.time.Dates;

/**
 * The deadline as the running process knows it: the {@code deadline} variable the timers read, the
 * {@code dueAt} the unit's tasks show. After moving it, the caller sends {@code DeadlineChanged} so the
 * deadline watch starts again and its timers follow (the deadline feature's {@code DeadlineChange}).
 */
public final class ProcessDeadline {

    private ProcessDeadline() {
    }

    static void setVariables(DelegateExecution execution, LocalDate deadline) {
        execution.setVariable(DirectiveAssignmentProcess.VAR_DEADLINE, deadline == null ? null : deadline.toString());
        execution.setVariable(DirectiveAssignmentProcess.VAR_DUE_AT, dueAt(deadline));
    }

    /**
     * Sets the new deadline on the instance and its open tasks' due dates. A deadline that was already missed
     * gives way to a fresh one: its reminders are armed again; otherwise a reminder already sent stays sent.
     */
    public static void move(DelegateExecution execution, LocalDate newDeadline, LocalDate today) {
        LocalDate previous = deadlineOf(execution);
        if (previous != null && today.isAfter(previous)) {
            execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDED_BEFORE, false);
            execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDED_ON_DAY, false);
        }
        setVariables(execution, newDeadline);
        String instance = execution.getProcessInstanceId();
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Date due = dueAt(newDeadline);
        for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
            if (task.getDueDate() != null) {
                task.setDueDate(due);
                tasks.saveTask(task);
            }
        }
    }

    /** The last second of the deadline day in Asia/Ho_Chi_Minh. */
    public static Date dueAt(LocalDate deadline) {
        return deadline == null ? null : Date.from(Dates.overdueFrom(deadline).minusSeconds(1));
    }

    public static LocalDate deadlineOf(DelegateExecution execution) {
        Object value = execution.getVariable(DirectiveAssignmentProcess.VAR_DEADLINE);
        return value == null ? null : LocalDate.parse(value.toString());
    }

    /** The due day of an ongoing directive's current reporting period. */
    public static LocalDate periodDueOf(DelegateExecution execution) {
        return LocalDate.parse((String) execution.getVariable(DirectiveAssignmentProcess.VAR_PERIOD_DUE));
    }
}
