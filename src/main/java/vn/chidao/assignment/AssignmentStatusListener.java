package vn.chidao.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener on the activities that change an assignment's status
 * ({@link DirectiveAssignmentProcess#STATUS_ON_ENTRY}): the status follows the process.
 */
@Component("assignmentStatusListener")
class AssignmentStatusListener implements ExecutionListener {

    private final AssignmentService assignments;

    AssignmentStatusListener(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        AssignmentStatus status = DirectiveAssignmentProcess.STATUS_ON_ENTRY.get(execution.getCurrentActivityId());
        if (status == null) {
            throw new IllegalStateException("No assignment status for activity " + execution.getCurrentActivityId());
        }
        long assignmentId = (Long) execution.getVariable(DirectiveAssignmentProcess.VAR_ASSIGNMENT_ID);
        assignments.markStatus(assignmentId, status);
    }
}
