package vn.chidao.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One period of an ongoing directive's reports, as the task page and the API show it. */
public record PeriodicReportView(int period, LocalDate start, LocalDate due, String report, String reportedBy,
                                 OffsetDateTime reportedAt, boolean overdue) {
}
