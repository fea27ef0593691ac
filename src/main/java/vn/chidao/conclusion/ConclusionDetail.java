package vn.chidao.conclusion;

import java.time.LocalDate;
import java.util.List;
import vn.chidao.base.HistoryEntry;

/** A conclusion with its directives, each directive's assignments, and its history. */
public record ConclusionDetail(long id, String committee, LocalDate meetingDate, String title, String number,
                               LocalDate issuedDate, ConclusionStatus status, String createdBy,
                               List<DirectiveDetail> directives, List<HistoryEntry> history) {

    public record DirectiveDetail(long id, int ordinal, String content, String leadUnit,
                                  List<String> coordinatingUnits, LocalDate deadline, boolean ongoing,
                                  boolean leaderSignOff, List<AssignmentSummary> assignments) {
    }

    /** The draft this conclusion was made from, for editing it again. */
    public ConclusionDraft toDraft() {
        return new ConclusionDraft(committee, meetingDate, title, directives.stream()
                .map(d -> new DirectiveDraft(d.content(), d.leadUnit(), d.coordinatingUnits(), d.deadline(),
                        d.ongoing(), d.leaderSignOff()))
                .toList());
    }
}
