package vn.chidao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import vn.chidao.support.ChidaoTest;

/**
 * The tests' job executor is stopped: DOWN where the configuration says it should run, UNKNOWN where it is off
 * on purpose (a running one is UP: {@code ActuatorApiTest} with {@code -Dcamunda.bpm.job-execution.enabled=true}).
 */
@ChidaoTest
class JobExecutorHealthIndicatorTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    FigureReader figures;

    @Test
    void aStoppedExecutorThatShouldRunIsDown() {
        Health health = health(true);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("enabled", true).containsEntry("active", false)
                .containsEntry("dueJobs", figures.dueJobs());
    }

    @Test
    void anExecutorOffByConfigurationLeavesTheStatusAlone() {
        assertThat(health(false).getStatus()).isEqualTo(Status.UNKNOWN);
    }

    private Health health(boolean enabled) {
        CamundaBpmProperties camunda = new CamundaBpmProperties();
        camunda.getJobExecution().setEnabled(enabled);
        return new JobExecutorHealthIndicator(engine, camunda, figures).health();
    }
}
