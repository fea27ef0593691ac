package vn.chidao.conclusion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_IssueConclusion}: stamps the number and the issue date of an approved conclusion. */
@Component("issueConclusionDelegate")
class IssueConclusionDelegate implements JavaDelegate {

    private final ConclusionService conclusions;

    IssueConclusionDelegate(ConclusionService conclusions) {
        this.conclusions = conclusions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long conclusionId = (Long) execution.getVariable(ConclusionIssuanceProcess.VAR_CONCLUSION_ID);
        String number = (String) execution.getVariable(ConclusionIssuanceProcess.VAR_NUMBER);
        conclusions.issue(conclusionId, number);
    }
}
