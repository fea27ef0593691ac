package vn.chidao.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import vn.chidao.base.HistoryEntry;

/** An assignment with its directive, report, timestamps, history, and what the caller may do now. */
public record AssignmentDetail(long id, long conclusionId, String conclusionNumber, String conclusionTitle,
                               String committee, LocalDate meetingDate, long directiveId, int directiveOrdinal,
                               String content, String unitCode, String unitName, AssignmentRole role,
                               LocalDate deadline, LocalDate originalDeadline, AssignmentStatus status,
                               Timeliness timeliness, int progressPercent, Long daysLeft, String report,
                               OffsetDateTime createdAt, OffsetDateTime acknowledgedAt,
                               OffsetDateTime reportedAt, OffsetDateTime completedAt, String processInstanceId,
                               List<HistoryEntry> history, Set<AssignmentAction> actions) {
}
