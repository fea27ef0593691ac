package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Which open assignments a list of tasks narrows to, in domain terms (see {@link OpenAssignments}).
 *
 * @param deadlineFrom the deadline on or after this day; null: any, ongoing ones included when both ends are null
 * @param deadlineTo the deadline on or before this day; null: no upper end
 * @param returned only those whose latest review or sign-off returned the report to the unit
 * @param directiveIds only those of these directives; null: any directive
 */
public record OpenAssignmentCriteria(LocalDate deadlineFrom, LocalDate deadlineTo, boolean returned,
                                     Collection<Long> directiveIds) {

    /** Every open assignment. */
    public static final OpenAssignmentCriteria ANY = new OpenAssignmentCriteria(null, null, false, null);

    public OpenAssignmentCriteria {
        directiveIds = directiveIds == null ? null : List.copyOf(directiveIds);
    }

    /** Those due within [from, to]; either end open when null. */
    public static OpenAssignmentCriteria dueWithin(LocalDate from, LocalDate to) {
        return new OpenAssignmentCriteria(from, to, false, null);
    }

    public static OpenAssignmentCriteria returnedToTheUnit() {
        return new OpenAssignmentCriteria(null, null, true, null);
    }

    /** The same, limited to these directives. */
    public OpenAssignmentCriteria ofDirectives(Collection<Long> ids) {
        return new OpenAssignmentCriteria(deadlineFrom, deadlineTo, returned, ids);
    }

    boolean hasDeadlineWindow() {
        return deadlineFrom != null || deadlineTo != null;
    }
}
