package vn.chidao.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one person's morning digest holds, kept as the delivery's payload (JSON) until it is sent: overdue items
 * grouped by unit (a leader's committees, a unit head's unit), a unit head's items due this week, and the
 * notifications the person chose to read in the digest since the previous one.
 */
record DigestContent(LocalDate day, List<UnitItems> overdue, List<Item> dueSoon, List<Line> notices) {

    /** The overdue items of one unit. */
    record UnitItems(String unit, List<Item> items) {
    }

    /** An assignment: {@code days} working days late (overdue) or left (due soon). */
    record Item(long assignmentId, String conclusion, String content, LocalDate deadline, long days) {
    }

    /** A notification gathered into the digest. */
    record Line(OffsetDateTime at, String kind, String text, Long assignmentId) {
    }

    int overdueCount() {
        return overdue.stream().mapToInt(u -> u.items().size()).sum();
    }

    boolean isEmpty() {
        return overdue.isEmpty() && dueSoon.isEmpty() && notices.isEmpty();
    }
}
