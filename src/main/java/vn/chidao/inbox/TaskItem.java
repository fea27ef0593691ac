package vn.chidao.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.chidao.assignment.AssignmentRole;
import vn.chidao.assignment.Urgency;

/**
 * One open task of the caller, judged by the one overdue rule ({@code TaskUrgencies}). For assignment tasks: the
 * assignment, its unit and the unit's role in the directive ({@code LEAD}: chủ trì, {@code COORDINATE}: phối hợp),
 * the directive, the day the task's work is due ({@code deadline}: the period's due day for a period's report) with
 * the working days left (negative: late), the directive's reminder window and the task's urgency; a task waiting
 * on the secretariat or a leader is {@code WAITING} and counts the working days it has waited ({@code waitingDays})
 * instead; for a report task, whether the report came back ({@code returned}: the latest review or sign-off
 * returned it). Conclusion tasks have no deadline, unit nor role, and are never returned.
 */
public record TaskItem(String taskId, TaskKind kind, Long assignmentId, long conclusionId, String conclusionNumber,
                       String title, String unitCode, AssignmentRole role, LocalDate deadline, Long daysLeft,
                       OffsetDateTime createdAt, Integer reminderDays, Urgency urgency, Long waitingDays,
                       boolean returned) {
}
