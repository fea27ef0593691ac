package vn.chidao.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.chidao.assignment.AssignmentRole;

/**
 * One open task of the caller. For assignment tasks: the assignment, its unit, directive and deadline, the
 * directive's reminder window, how pressing the task is, the unit's role in the directive ({@code LEAD}: chủ trì,
 * {@code COORDINATE}: phối hợp) and, for a report task, whether the report came back ({@code returned}: the latest
 * review or sign-off returned it); for conclusion tasks: the conclusion and its title (no deadline, reminder
 * window, urgency nor role; never returned).
 */
public record TaskItem(String taskId, TaskKind kind, Long assignmentId, long conclusionId, String conclusionNumber,
                       String title, String unitCode, LocalDate deadline, Long daysLeft, OffsetDateTime createdAt,
                       Integer reminderDays, Urgency urgency, AssignmentRole role, boolean returned) {
}
