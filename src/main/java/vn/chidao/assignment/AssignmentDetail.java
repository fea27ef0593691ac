package vn.chidao.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import vn.chidao.base.HistoryEntry;
import vn.chidao.document.AttachmentInfo;

/**
 * An assignment with its directive, report, timestamps, history, what the caller may do now, the
 * contributions of coordinating units (on the lead unit's task), its extension requests, and for an ongoing
 * directive how often the lead unit reports and its periods.
 * {@code daysLeft} counts working days (negative when overdue; null when ongoing or closed). {@code attachments}: the
 * files of this assignment, each with the step it came with; {@code evidenceRequired}: its report needs one;
 * {@code indicators}: the DTI indicators' codes its directive is tagged with.
 */
public record AssignmentDetail(long id, long conclusionId, String conclusionNumber, String conclusionTitle,
                               String committee, LocalDate meetingDate, long directiveId, int directiveOrdinal,
                               String content, String unitCode, String unitName, AssignmentRole role,
                               LocalDate deadline, LocalDate originalDeadline, AssignmentStatus status,
                               Timeliness timeliness, int progressPercent, Long daysLeft, String report,
                               OffsetDateTime createdAt, OffsetDateTime acknowledgedAt,
                               OffsetDateTime reportedAt, OffsetDateTime completedAt, String processInstanceId,
                               List<HistoryEntry> history, Set<AssignmentAction> actions,
                               List<ContributionView> contributions, List<ExtensionView> extensions,
                               boolean leaderSignOff, boolean directiveCancelled, String reportEvery,
                               List<PeriodicReportView> periods, List<AttachmentInfo> attachments,
                               boolean evidenceRequired, List<String> indicators) {

    /** The extension request waiting for a decision, if any. */
    public ExtensionView pendingExtension() {
        return extensions.stream().filter(e -> e.status() == ExtensionStatus.PENDING).findFirst().orElse(null);
    }
}
