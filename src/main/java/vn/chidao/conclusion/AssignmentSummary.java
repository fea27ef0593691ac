package vn.chidao.conclusion;

import java.time.LocalDate;

/** How one unit stands on a directive, as the conclusion's detail shows it (provided by the assignment feature). */
public record AssignmentSummary(long id, long directiveId, String unitCode, String role, LocalDate deadline,
                                LocalDate originalDeadline, String status, String timeliness) {
}
