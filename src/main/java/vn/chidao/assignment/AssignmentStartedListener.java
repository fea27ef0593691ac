package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.chidao.base.time.Dates;

/**
 * Start listener of {@code directive-assignment}: ties the assignment to its process instance and gives the
 * process what its tasks need (unit and government for the candidate groups, deadline and due date).
 */
@Component("assignmentStartedListener")
class AssignmentStartedListener implements ExecutionListener {

    private final AssignmentService assignments;

    AssignmentStartedListener(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long assignmentId = (Long) execution.getVariable(DirectiveAssignmentProcess.VAR_ASSIGNMENT_ID);
        AssignmentService.ProcessFacts facts = assignments.attachProcess(assignmentId, execution.getProcessInstanceId());
        LocalDate deadline = facts.deadline();
        execution.setVariable(DirectiveAssignmentProcess.VAR_UNIT_ID, facts.unitId());
        execution.setVariable(DirectiveAssignmentProcess.VAR_GOVERNMENT_ID, facts.governmentId());
        execution.setVariable(DirectiveAssignmentProcess.VAR_DEADLINE, deadline == null ? null : deadline.toString());
        execution.setVariable(DirectiveAssignmentProcess.VAR_DUE_AT,
                deadline == null ? null : Date.from(Dates.overdueFrom(deadline).minusSeconds(1)));
    }
}
