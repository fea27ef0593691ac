package vn.chidao.clock;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Small processes whose timers the clock tests move through, deployed for one test and deleted afterwards with
 * everything they left (instances, jobs, history). Each step records when it ran: {@code domainAt_<n>} from
 * {@code AppClock} (epoch millis) and {@code engineAt_<n>} from Camunda's {@code now()} (ClockUtil).
 */
final class ClockProcesses {

    static final String CHAIN = "ClockTest_Chain";
    static final String FAILING = "ClockTest_Failing";
    static final String HOURLY = "ClockTest_Hourly";
    static final String ONE_TIMER = "ClockTest_OneTimer";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final List<String> deployments = new ArrayList<>();

    ClockProcesses(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** 1 day → Step_1 → 2 days → Step_2 (asynchronous: a job without due date) → 4 days → Step_3. */
    static BpmnModelInstance chain() {
        var builder = Bpmn.createExecutableProcess(CHAIN).startEvent()
                .intermediateCatchEvent("Timer_OneDay").timerWithDuration("P1D");
        var step1 = step(builder.serviceTask("Step_1"), 1);
        var step2 = step(step1.intermediateCatchEvent("Timer_TwoDays").timerWithDuration("P2D")
                .serviceTask("Step_2").camundaAsyncBefore(), 2);
        return step(step2.intermediateCatchEvent("Timer_FourDays").timerWithDuration("P4D").serviceTask("Step_3"), 3)
                .endEvent().done();
    }

    /** An asynchronous task whose expression names no bean: every run of its job fails. */
    static BpmnModelInstance failing() {
        return Bpmn.createExecutableProcess(FAILING).startEvent()
                .serviceTask("Task_Fails").camundaAsyncBefore().camundaExpression("${clockTestNoSuchBean.run()}")
                .endEvent().done();
    }

    /** A timer every hour, for ever. */
    static BpmnModelInstance hourly() {
        return Bpmn.createExecutableProcess(HOURLY).startEvent()
                .intermediateCatchEvent("Timer_Hourly").timerWithDuration("PT1H")
                .serviceTask("Task_Tick").camundaExpression("${true}")
                .connectTo("Timer_Hourly").done();
    }

    /** One timer of {@code duration}, then a step that records the time. */
    static BpmnModelInstance oneTimer(String duration) {
        var timer = Bpmn.createExecutableProcess(ONE_TIMER).startEvent()
                .intermediateCatchEvent("Timer_Once").timerWithDuration(duration).serviceTask("Step_1");
        return step(timer, 1).endEvent().done();
    }

    private static ServiceTaskBuilder step(ServiceTaskBuilder task, int n) {
        return task.camundaExpression("${appClock.instant().toEpochMilli()}").camundaResultVariable("domainAt_" + n)
                .camundaExecutionListenerExpression("start", "${execution.setVariable('engineAt_" + n + "', now())}");
    }

    /** Deploys the model and starts one instance; its id. */
    String start(BpmnModelInstance model) {
        String key = model.getModelElementsByType(Process.class).iterator().next().getId();
        deployments.add(repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy().getId());
        return runtime.startProcessInstanceByKey(key).getId();
    }

    void deleteAll() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        deployments.clear();
    }
}
