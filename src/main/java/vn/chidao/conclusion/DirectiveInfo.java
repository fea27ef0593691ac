package vn.chidao.conclusion;

import java.time.LocalDate;
import java.util.List;

/**
 * A directive and the conclusion it belongs to, as other features (assignments, inbox) need it; {@code indicators}:
 * the DTI indicators' codes it is tagged with.
 */
public record DirectiveInfo(long id, long conclusionId, long governmentId, int ordinal, String content,
                            LocalDate deadline, boolean ongoing, boolean leaderSignOff, long leadUnitId,
                            List<Long> coordinatingUnitIds, String conclusionNumber, String conclusionTitle,
                            String committee, LocalDate meetingDate, Integer deadlineWorkingDays, int reminderDays,
                            LocalDate issuedDate, boolean cancelled, String committeeChair,
                            String reportEvery, boolean closed, long committeeId, boolean evidenceRequired,
                            List<String> indicators) {
}
