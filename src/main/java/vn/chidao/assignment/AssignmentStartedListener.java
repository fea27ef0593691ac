package vn.chidao.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.chidao.base.TaskGroups;

/**
 * Start listener of {@code directive-assignment}: ties the assignment to its process instance and gives the
 * process what it needs: unit and government (candidate groups), role, deadline and due date, reminder days,
 * whether a leader signs off, and who decides extensions.
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
        execution.setVariable(DirectiveAssignmentProcess.VAR_UNIT_ID, facts.unitId());
        execution.setVariable(DirectiveAssignmentProcess.VAR_GOVERNMENT_ID, facts.governmentId());
        execution.setVariable(DirectiveAssignmentProcess.VAR_ROLE, facts.role().name());
        execution.setVariable(DirectiveAssignmentProcess.VAR_LEADER_SIGN_OFF, facts.leaderSignOff());
        execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDER_DAYS, facts.reminderDays());
        execution.setVariable(DirectiveAssignmentProcess.VAR_EXTENSION_DECIDERS,
                (facts.leaderSignOff() ? TaskGroups.LEADER : TaskGroups.SECRETARIAT) + facts.governmentId());
        execution.setVariable(DirectiveAssignmentProcess.VAR_ONGOING, facts.deadline() == null);
        execution.setVariable(DirectiveAssignmentProcess.VAR_REPORT_EVERY, facts.reportEvery());
        execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDED_BEFORE, false);
        execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDED_ON_DAY, false);
        ProcessDeadline.setVariables(execution, facts.deadline());
    }
}
