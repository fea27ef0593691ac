package vn.chidao.delivery;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendDigests}: this morning's digests into the outbox, in the timer job's transaction. */
@Component("sendDigestsDelegate")
class SendDigestsDelegate implements JavaDelegate {

    private final DigestService digests;

    SendDigestsDelegate(DigestService digests) {
        this.digests = digests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(MorningDigestProcess.VAR_DIGESTS, digests.writeAll());
    }
}
