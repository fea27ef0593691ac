package vn.chidao.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One open task of the caller. For assignment tasks: the assignment, its unit, directive and deadline; for
 * conclusion tasks: the conclusion and its title.
 */
public record TaskItem(String taskId, TaskKind kind, Long assignmentId, long conclusionId, String conclusionNumber,
                       String title, String unitCode, LocalDate deadline, Long daysLeft, OffsetDateTime createdAt) {
}
