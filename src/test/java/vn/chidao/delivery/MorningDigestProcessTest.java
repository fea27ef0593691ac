package vn.chidao.delivery;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chidao.delivery.MorningDigestProcess.END_DAY_OFF;
import static vn.chidao.delivery.MorningDigestProcess.END_DIGESTS_SENT;
import static vn.chidao.delivery.MorningDigestProcess.GATEWAY_WORKING_DAY;
import static vn.chidao.delivery.MorningDigestProcess.START;
import static vn.chidao.delivery.MorningDigestProcess.TASK_SEND_DIGESTS;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.time.Dates;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.TimeTravel;

/**
 * {@code morning-digest} on the working-day calendar: deployed with the others, one timer job, and each morning
 * either the digests or, on a weekend or a day off, nothing. The instances here are started by hand on chosen
 * days; {@link MorningDigestTest} lets the timer start them.
 */
@ChidaoTest
class MorningDigestProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TimeTravel time;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void forgetEngine() {
        BpmnAwareTests.reset();
        time.reset();
    }

    @Test
    void deployedWithOneTimerJobDueAtHalfPastSevenInVietnam() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(MorningDigestProcess.KEY).latestVersion().singleResult();
        List<Job> timers = engine.getManagementService().createJobQuery()
                .processDefinitionKey(MorningDigestProcess.KEY).timers().list();

        assertThat(definition).hasActiveInstances(0);
        Assertions.assertThat(definition.isSuspended()).isFalse();
        Assertions.assertThat(timers).as("one job: one node runs each morning").hasSize(1);
        Assertions.assertThat(engine.getManagementService().createJobDefinitionQuery()
                .jobDefinitionId(timers.get(0).getJobDefinitionId()).singleResult().getActivityId()).isEqualTo(START);
        Assertions.assertThat(timers.get(0).getProcessDefinitionId()).isEqualTo(definition.getId());
        ZonedDateTime due = timers.get(0).getDuedate().toInstant().atZone(Dates.ZONE);
        Assertions.assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void onTetNothingIsSent() {
        ProcessInstance morning = startOn(LocalDate.of(2025, 1, 29));

        assertThat(morning).isEnded().hasPassedInOrder(START, GATEWAY_WORKING_DAY, END_DAY_OFF)
                .hasNotPassed(TASK_SEND_DIGESTS);
    }

    @Test
    void onASundayNothingIsSent() {
        assertThat(startOn(LocalDate.of(2025, 3, 9))).isEnded().hasPassed(END_DAY_OFF).hasNotPassed(TASK_SEND_DIGESTS);
    }

    /** Saturday 26/4/2025 was worked (for Friday 2/5): the calendar says so, not the day of the week. */
    @Test
    void onAWorkedSaturdayTheDigestsGoOut() {
        ProcessInstance morning = startOn(LocalDate.of(2025, 4, 26));

        assertThat(morning).isEnded().hasPassedInOrder(START, GATEWAY_WORKING_DAY, TASK_SEND_DIGESTS, END_DIGESTS_SENT)
                .hasNotPassed(END_DAY_OFF);
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(morning.getId()).variableName(MorningDigestProcess.VAR_DIGESTS).singleResult()
                .getValue()).isInstanceOf(Integer.class);
    }

    private ProcessInstance startOn(LocalDate day) {
        time.startAt(day, 7, 30);
        return engine.getRuntimeService().startProcessInstanceByKey(MorningDigestProcess.KEY);
    }
}
