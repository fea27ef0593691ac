package vn.chidao.operations;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code jobExecutor} (in place of Camunda's own, by its bean name): UP while the engine's job
 * executor runs, DOWN when it should run and does not, UNKNOWN (which leaves the overall status alone) on a node
 * where {@code camunda.bpm.job-execution.enabled} is false. Details: {@code dueJobs}, the jobs due now that no one
 * has executed yet.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngineConfigurationImpl engine;
    private final CamundaBpmProperties camunda;
    private final FigureReader figures;

    JobExecutorHealthIndicator(ProcessEngineConfigurationImpl engine, CamundaBpmProperties camunda,
                               FigureReader figures) {
        this.engine = engine;
        this.camunda = camunda;
        this.figures = figures;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JobExecutor executor = engine.getJobExecutor();
        boolean enabled = camunda.getJobExecution().isEnabled();
        boolean active = executor != null && executor.isActive();
        builder.status(active ? Status.UP : enabled ? Status.DOWN : Status.UNKNOWN)
                .withDetail("enabled", enabled)
                .withDetail("active", active)
                .withDetail("dueJobs", figures.dueJobs());
    }
}
