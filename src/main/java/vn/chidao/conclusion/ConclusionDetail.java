package vn.chidao.conclusion;

import java.time.LocalDate;
import java.util.List;
import vn.chidao.base.HistoryEntry;
import vn.chidao.document.AttachmentInfo;

/**
 * A conclusion with its directives, each directive's assignments, and its history. {@code proposedNumber}: while it
 * awaits approval, the next number of its office's series as Chidao knows it ("59/TB-UBND"); null otherwise.
 * {@code attachments}: the notice's files (the signed notice, annexes, the notice it was read from).
 * {@code draftNumber} and {@code draftIssuedDate}: the number and issue date the draft carries as read from the
 * notice's header (null when none); approval uses them (the number unless the leader gives another). A directive's
 * {@code indicators}: the codes of the DTI indicators it is tagged with. {@code issuedBy}: the name of the government
 * whose office issued the notice (or will), kept after that government merged into another ("Tỉnh Bắc Kạn").
 */
public record ConclusionDetail(long id, String committee, LocalDate meetingDate, String title, String number,
                               LocalDate issuedDate, ConclusionStatus status, String createdBy,
                               List<DirectiveDetail> directives, List<HistoryEntry> history,
                               String committeeChair, String proposedNumber, List<AttachmentInfo> attachments,
                               String draftNumber, LocalDate draftIssuedDate, String issuedBy) {

    public record DirectiveDetail(long id, int ordinal, String content, String leadUnit,
                                  List<String> coordinatingUnits, LocalDate deadline, boolean ongoing,
                                  boolean leaderSignOff, List<AssignmentSummary> assignments,
                                  Integer deadlineWorkingDays, int reminderDays, boolean cancelled,
                                  String cancelReason, String reportEvery, boolean closed,
                                  boolean evidenceRequired, List<String> indicators) {
    }

    /** The draft this conclusion was made from, for editing it again. */
    public ConclusionDraft toDraft() {
        return new ConclusionDraft(committee, meetingDate, title, directives.stream()
                .map(d -> new DirectiveDraft(d.content(), d.leadUnit(), d.coordinatingUnits(),
                        d.deadlineWorkingDays() == null ? d.deadline() : null, d.ongoing(), d.leaderSignOff(),
                        d.deadlineWorkingDays(), d.reminderDays(), d.reportEvery(), d.evidenceRequired(), d.indicators()))
                .toList(), committeeChair, draftNumber, draftIssuedDate);
    }
}
