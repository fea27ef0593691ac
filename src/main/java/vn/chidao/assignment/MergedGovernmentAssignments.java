package vn.chidao.assignment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidao.organisation.GovernmentMerged;

/**
 * When a government merges into another, its assignments, open or not, belong to the receiving one, in the merge's
 * transaction; each one's move is told as a change ({@link AssignmentChanged}), so the dashboard's figures follow.
 */
@Component
class MergedGovernmentAssignments {

    private final AssignmentRepository assignments;
    private final AssignmentAccess access;

    MergedGovernmentAssignments(AssignmentRepository assignments, AssignmentAccess access) {
        this.assignments = assignments;
        this.access = access;
    }

    @EventListener
    void on(GovernmentMerged merged) {
        for (Assignment assignment : assignments.findByGovernmentIdOrderById(merged.fromId())) {
            access.change(assignment, () -> assignment.moveToGovernment(merged.intoId()));
        }
    }
}
