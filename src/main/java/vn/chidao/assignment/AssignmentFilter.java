package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which assignments a list shows; every part is optional. {@code timeliness}: any of these (empty: all);
 * {@code committee}: a committee's id or name; {@code deadlineFrom}/{@code deadlineTo}: the deadline within
 * these days, both included (ongoing assignments have none and are left out when either is set).
 */
public record AssignmentFilter(String unitCode, AssignmentStatus status, Set<Timeliness> timeliness,
                               Long conclusionId, String committee, LocalDate deadlineFrom, LocalDate deadlineTo) {

    public AssignmentFilter {
        timeliness = timeliness == null || timeliness.isEmpty() ? Set.of() : Set.copyOf(timeliness);
    }

    /** A filter on unit, status, one timeliness (or null) and conclusion. */
    public AssignmentFilter(String unitCode, AssignmentStatus status, Timeliness timeliness, Long conclusionId) {
        this(unitCode, status, timeliness == null ? Set.of() : EnumSet.of(timeliness), conclusionId, null, null, null);
    }

    public static AssignmentFilter all() {
        return new AssignmentFilter(null, null, (Timeliness) null, null);
    }
}
