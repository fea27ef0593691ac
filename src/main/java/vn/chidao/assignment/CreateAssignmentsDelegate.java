package vn.chidao.assignment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.chidao.base.HistoryEntry;
import vn.chidao.conclusion.ConclusionIssuanceProcess;

/**
 * {@code Task_CreateAssignments} of the conclusion's process: one assignment per lead and coordinating unit.
 * Their ids go to the multi-instance call activity as a transient variable (read once, right after).
 */
@Component("createAssignmentsDelegate")
class CreateAssignmentsDelegate implements JavaDelegate {

    private final AssignmentService assignments;

    CreateAssignmentsDelegate(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long conclusionId = (Long) execution.getVariable(ConclusionIssuanceProcess.VAR_CONCLUSION_ID);
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        List<Long> ids = assignments.createForConclusion(conclusionId, who == null ? HistoryEntry.SYSTEM : who.getUserId());
        execution.setVariable(ConclusionIssuanceProcess.VAR_ASSIGNMENT_IDS, Variables.untypedValue(ids, true));
    }
}
