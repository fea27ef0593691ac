package vn.chidao.conclusion;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener on the activities that change a conclusion's status ({@link ConclusionIssuanceProcess#STATUS_ON_ENTRY}):
 * the status follows the process, whoever moves it (the API, the UI or Camunda's Tasklist), and the people whose
 * turn it now is are told ({@link ConclusionNotices}).
 */
@Component("conclusionStatusListener")
class ConclusionStatusListener implements ExecutionListener {

    private final ConclusionService conclusions;
    private final ConclusionNotices notices;

    ConclusionStatusListener(ConclusionService conclusions, ConclusionNotices notices) {
        this.conclusions = conclusions;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ConclusionStatus status = ConclusionIssuanceProcess.STATUS_ON_ENTRY.get(execution.getCurrentActivityId());
        if (status == null) {
            throw new IllegalStateException("No conclusion status for activity " + execution.getCurrentActivityId());
        }
        long conclusionId = (Long) execution.getVariable(ConclusionIssuanceProcess.VAR_CONCLUSION_ID);
        conclusions.markStatus(conclusionId, status);
        Object comment = execution.getVariable(ConclusionIssuanceProcess.VAR_COMMENT);
        notices.entered(conclusionId, execution.getCurrentActivityId(), comment == null ? null : comment.toString());
    }
}
