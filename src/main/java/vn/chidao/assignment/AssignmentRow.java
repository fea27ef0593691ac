package vn.chidao.assignment;

import java.time.LocalDate;

/**
 * An assignment as lists show it: the unit, its role, the directive and conclusion it comes from, the
 * deadline (and the original one), status, timeliness, and working days left (null when ongoing or closed); for an
 * ongoing directive's lead unit, the open reporting period when its report is late ({@code latePeriod}, else null).
 */
public record AssignmentRow(long id, long conclusionId, String conclusionNumber, String conclusionTitle,
                            String committee, long directiveId, int directiveOrdinal, String content,
                            String unitCode, String unitName, AssignmentRole role, LocalDate deadline,
                            LocalDate originalDeadline, AssignmentStatus status, Timeliness timeliness,
                            int progressPercent, Long daysLeft, Integer latePeriod) {
}
