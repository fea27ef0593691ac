package vn.chidao.extension;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.ProcessDeadline;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.time.AppClock;

/** {@code Task_ApplyExtension}: the approved deadline becomes the assignment's, and every pending timer follows it. */
@Component("applyExtensionDelegate")
class ApplyExtensionDelegate implements JavaDelegate {

    private final ExtensionService extensions;
    private final AppClock clock;

    ApplyExtensionDelegate(ExtensionService extensions, AppClock clock) {
        this.extensions = extensions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long requestId = (Long) execution.getVariable(DirectiveAssignmentProcess.VAR_EXTENSION_REQUEST_ID);
        ProcessDeadline.move(execution, extensions.apply(requestId, decider(execution)), LocalDate.now(clock));
    }

    /** Who completed the decision task (the engine's authenticated user). */
    private static String decider(DelegateExecution execution) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return who == null ? HistoryEntry.SYSTEM : who.getUserId();
    }
}
