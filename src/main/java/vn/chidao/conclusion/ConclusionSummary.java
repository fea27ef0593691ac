package vn.chidao.conclusion;

import java.time.LocalDate;

/** A row of the conclusion list. */
public record ConclusionSummary(long id, String committee, String title, LocalDate meetingDate, String number,
                                LocalDate issuedDate, ConclusionStatus status, int directiveCount,
                                String createdBy, String processInstanceId) {
}
