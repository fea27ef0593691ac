package vn.chidao.conclusion;

import java.time.LocalDate;
import java.util.List;

/**
 * What a draft says, to tell whether saving it changed anything: its committee and chair, title, meeting day,
 * every directive as written, and the number and issue date read from the notice. Saving an unchanged draft (as
 * the editor does before submitting) writes no "edited" line in the history.
 */
record DraftContent(String committee, String chair, String title, LocalDate meetingDate, List<Part> directives,
                    String number, LocalDate issuedDate) {

    /** One directive as written. */
    record Part(int ordinal, String content, LocalDate deadline, Integer deadlineWorkingDays, boolean ongoing,
                boolean leaderSignOff, int reminderDays, String reportEvery, Long leadUnitId,
                List<Long> coordinatingUnitIds, boolean evidenceRequired) {
    }

    static DraftContent of(Conclusion conclusion) {
        Committee committee = conclusion.getCommittee();
        return new DraftContent(committee == null ? null : committee.getName(),
                committee == null ? null : committee.getChairUsername(), conclusion.getTitle(),
                conclusion.getMeetingDate(), conclusion.getDirectives().stream().map(DraftContent::part).toList(),
                conclusion.getProposedNumber(), conclusion.getProposedIssuedDate());
    }

    private static Part part(Directive d) {
        return new Part(d.getOrdinal(), d.getContent(), d.getDeadline(), d.getDeadlineWorkingDays(), d.isOngoing(),
                d.isLeaderSignOff(), d.getReminderDays(), d.getReportEvery(), d.getLeadUnitId(),
                List.copyOf(d.getCoordinatingUnitIds()), d.isEvidenceRequired());
    }
}
