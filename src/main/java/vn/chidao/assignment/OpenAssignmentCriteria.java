package vn.chidao.assignment;

import java.util.Collection;
import java.util.List;

/**
 * Which open assignments a list of tasks narrows to, in domain terms (see {@link OpenAssignments}); due dates are
 * the engine's, asked through {@link TaskUrgencies}.
 *
 * @param returned only those whose latest review or sign-off returned the report to the unit
 * @param directiveIds only those of these directives; null: any directive
 */
public record OpenAssignmentCriteria(boolean returned, Collection<Long> directiveIds) {

    /** Every open assignment. */
    public static final OpenAssignmentCriteria ANY = new OpenAssignmentCriteria(false, null);

    public OpenAssignmentCriteria {
        directiveIds = directiveIds == null ? null : List.copyOf(directiveIds);
    }

    public static OpenAssignmentCriteria returnedToTheUnit() {
        return new OpenAssignmentCriteria(true, null);
    }

    /** The same, limited to these directives. */
    public OpenAssignmentCriteria ofDirectives(Collection<Long> ids) {
        return new OpenAssignmentCriteria(returned, ids);
    }
}
