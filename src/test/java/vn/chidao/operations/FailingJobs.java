package vn.chidao.operations;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A tiny process deployed by the test itself whose asynchronous service task always fails (an expression naming
 * a bean that does not exist), run as the job executor would until no retry is left: a real failed job and incident.
 * {@link #deleteAll()} removes the deployment with its instances, jobs and incidents.
 */
final class FailingJobs {

    static final String KEY = "Test_FailingJob";
    static final String TASK = "ServiceTask_Fails";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final List<String> deployments = new ArrayList<>();

    FailingJobs(RepositoryService repository, RuntimeService runtime, ManagementService management) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    /** Starts an instance with the business key and fails its job until the engine raises an incident. */
    String failedInstance(String businessKey) {
        if (deployments.isEmpty()) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                    .startEvent().serviceTask(TASK).camundaAsyncBefore().camundaExpression("${noSuchBean.run()}")
                    .endEvent().done();
            deployments.add(repository.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy().getId());
        }
        String instance = runtime.startProcessInstanceByKey(KEY, businessKey).getId();
        failUntilNoRetryLeft(instance);
        return instance;
    }

    /** Executes the instance's job until its retries are spent (3 by default); returns how many runs failed. */
    int failUntilNoRetryLeft(String instance) {
        int failures = 0;
        for (Job job = job(instance); job.getRetries() > 0; job = job(instance)) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                failures++;
            }
            if (failures > 10) {
                throw new AssertionError("the job keeps its retries");
            }
        }
        return failures;
    }

    Job job(String instance) {
        return management.createJobQuery().processInstanceId(instance).singleResult();
    }

    void deleteAll() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        deployments.clear();
    }
}
