package vn.chidao.deadline;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.base.Actor;
import vn.chidao.base.EngineActions;

/**
 * The updatable-timer pattern of {@code directive-assignment}: once a new deadline is set (an approved
 * extension, a leader's new deadline), the message {@code DeadlineChanged} interrupts the deadline watch, which
 * starts again and arms its timers on the new deadline. Sent after the task that changed the deadline has
 * completed, in the same transaction.
 */
@Component
public class DeadlineChange {

    private final EngineActions engine;

    DeadlineChange(EngineActions engine) {
        this.engine = engine;
    }

    /** Restarts the watch of the assignment on the deadline just set. */
    public void restartWatch(Actor actor, Assignment assignment) {
        engine.correlate(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.MESSAGE_DEADLINE_CHANGED,
                Map.of());
    }
}
