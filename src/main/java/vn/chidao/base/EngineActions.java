package vn.chidao.base;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * How feature services drive the engine on behalf of a person: the engine records who started a process
 * or completed a task (visible in Cockpit's history), and a task that is no longer there is a 409.
 * Runs inside the caller's transaction, which the engine shares.
 */
@Component
public class EngineActions {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    EngineActions(RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    public ProcessInstance start(Actor actor, String processKey, Object businessKey, Map<String, Object> variables) {
        return as(actor, () -> runtime.startProcessInstanceByKey(processKey, String.valueOf(businessKey), variables));
    }

    /** Completes the open task {@code taskKey} of a process instance; 409 if it is not open (any more). */
    public void complete(Actor actor, String processInstanceId, String taskKey, Map<String, Object> variables) {
        Task task = openTask(processInstanceId, taskKey);
        if (task == null) {
            throw new ConflictException("error.task.gone");
        }
        as(actor, () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /** Delivers a message to one process instance as the actor; 409 if the instance is not waiting for it. */
    public void correlate(Actor actor, String processInstanceId, String message, Map<String, Object> variables) {
        if (processInstanceId == null) {
            throw new ConflictException("error.task.gone");
        }
        try {
            as(actor, () -> runtime.createMessageCorrelation(message).processInstanceId(processInstanceId)
                    .setVariables(variables).correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("error.task.gone");
        }
    }

    /**
     * Gives every open task of a process instance that the group {@code from} may take to the group {@code to}
     * instead, and sets {@code variables} on the instance (for the tasks it creates later), in the caller's
     * transaction. Returns how many tasks moved.
     */
    public int moveTasks(Actor actor, String processInstanceId, String from, String to, Map<String, Object> variables) {
        if (processInstanceId == null) {
            return 0;
        }
        return as(actor, () -> {
            int moved = 0;
            for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
                boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && from.equals(link.getGroupId()));
                if (candidate) {
                    tasks.deleteCandidateGroup(task.getId(), from);
                    tasks.addCandidateGroup(task.getId(), to);
                    moved++;
                }
            }
            runtime.setVariables(processInstanceId, variables);
            return moved;
        });
    }

    /**
     * Gives every open task that the group {@code from} may take, in any process instance, to the group {@code to}
     * instead (a government that merged into another), in the caller's transaction. Returns how many tasks moved.
     */
    public int moveGroup(Actor actor, String from, String to) {
        return as(actor, () -> {
            List<Task> open = tasks.createTaskQuery().taskCandidateGroup(from).includeAssignedTasks().list();
            for (Task task : open) {
                tasks.deleteCandidateGroup(task.getId(), from);
                tasks.addCandidateGroup(task.getId(), to);
            }
            return open.size();
        });
    }

    /**
     * Sets every running variable {@code name} that holds {@code from} to {@code to}, where it is defined (the
     * expressions of tasks created later read them), in the caller's transaction. Returns how many changed.
     */
    public int replaceVariable(Actor actor, String name, Object from, Object to) {
        return as(actor, () -> {
            List<VariableInstance> found = runtime.createVariableInstanceQuery().variableValueEquals(name, from).list();
            found.forEach(v -> runtime.setVariableLocal(v.getExecutionId(), name, to));
            return found.size();
        });
    }

    /** The open task {@code taskKey} of a process instance, or null. */
    public Task openTask(String processInstanceId, String taskKey) {
        if (processInstanceId == null) {
            return null;
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private <T> T as(Actor actor, java.util.function.Supplier<T> work) {
        String previous = identity.getCurrentAuthentication() == null ? null
                : identity.getCurrentAuthentication().getUserId();
        identity.setAuthenticatedUserId(actor.username());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthenticatedUserId(previous);
            }
        }
    }
}
