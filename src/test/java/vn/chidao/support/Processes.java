package vn.chidao.support;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.conclusion.ConclusionIssuanceProcess;

/** Finds the engine's process instances by their business keys (conclusion id, assignment id). */
@Component
public class Processes {

    private final RuntimeService runtime;
    private final ManagementService management;

    Processes(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** The running {@code conclusion-issuance} instance of a conclusion; fails if there is none. */
    public ProcessInstance ofConclusion(long conclusionId) {
        return running(ConclusionIssuanceProcess.KEY, conclusionId);
    }

    /** The running {@code directive-assignment} instance of an assignment; fails if there is none. */
    public ProcessInstance ofAssignment(long assignmentId) {
        return running(DirectiveAssignmentProcess.KEY, assignmentId);
    }

    /** The sub-process instances a conclusion's process has called and that still run. */
    public List<ProcessInstance> calledBy(ProcessInstance parent) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(parent.getId()).list();
    }

    public List<Job> jobsOf(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).list();
    }

    private ProcessInstance running(String key, long businessKey) {
        List<ProcessInstance> found = runtime.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(String.valueOf(businessKey)).list();
        if (found.size() != 1) {
            throw new AssertionError("Expected one running " + key + " instance for " + businessKey + ", found "
                    + found.size());
        }
        return found.get(0);
    }
}
