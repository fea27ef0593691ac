package vn.chidao.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One open task of the caller. For assignment tasks: the assignment, its unit, directive and deadline, the
 * directive's reminder window and how pressing the task is; for conclusion tasks: the conclusion and its title
 * (no deadline, reminder window nor urgency).
 */
public record TaskItem(String taskId, TaskKind kind, Long assignmentId, long conclusionId, String conclusionNumber,
                       String title, String unitCode, LocalDate deadline, Long daysLeft, OffsetDateTime createdAt,
                       Integer reminderDays, Urgency urgency) {
}
