package vn.chidao.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.time.Dates;
import vn.chidao.support.ChidaoTest;

/**
 * The engine as production runs it: history kept per process and removed at night (22:00-05:00 in Vietnam, whatever
 * the server's time zone: this JVM runs in UTC here), a process without a history time to live refused, and three
 * tries of a failing job before an incident.
 */
@ChidaoTest
class HistoryCleanupTest {

    private static final LocalTime WINDOW_START = LocalTime.of(22, 0);
    private static final LocalTime WINDOW_END = LocalTime.of(5, 0);

    /** A process without camunda:historyTimeToLive (the fluent builder would add one: P180D). */
    private static final String NO_TIME_TO_LIVE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test">
              <process id="Test_NoTtl" isExecutable="true">
                <startEvent id="StartEvent_1"/>
              </process>
            </definitions>
            """;

    private final List<String> deployed = new ArrayList<>();

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;

    @Test
    void theCleanupWindowIsTheNightInVietnamAndTheCleanupJobFallsInIt() {
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");
        assertThat(engine.getBatchWindowManager().isBatchWindowConfigured(engine)).isTrue();
        assertThat(history.findHistoryCleanupJobs()).as("created at start-up, the window being set").isNotEmpty();

        Job job = history.cleanUpHistoryAsync(false);

        assertThat(history.findHistoryCleanupJobs()).extracting(Job::getId).containsExactly(job.getId());
        LocalTime due = job.getDuedate().toInstant().atZone(Dates.ZONE).toLocalTime();
        assertThat(!due.isBefore(WINDOW_START) || due.isBefore(WINDOW_END))
                .as("due at %s Asia/Ho_Chi_Minh (%s on this server), within 22:00-05:00", due, job.getDuedate())
                .isTrue();
    }

    @Test
    void everyProcessKeepsItsHistoryForAStatedTimeAndOneWithoutIsRefused() {
        Map<String, Integer> timeToLive = repository.createProcessDefinitionQuery()
                .processDefinitionKeyIn("conclusion-issuance", "directive-assignment", "morning-digest").latestVersion()
                .list().stream().collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getHistoryTimeToLive));
        assertThat(timeToLive).containsEntry("conclusion-issuance", 3650).containsEntry("directive-assignment", 3650)
                .containsEntry("morning-digest", 180);

        assertThat(engine.isEnforceHistoryTimeToLive()).isTrue();
        assertThat(engine.getHistoryTimeToLive()).as("no engine-wide default hides a missing one").isNull();
        Throwable refused = catchThrowable(() -> deployed.add(repository.createDeployment()
                .addString("Test_NoTtl.bpmn", NO_TIME_TO_LIVE).deploy().getId()));
        assertThat(refused).isInstanceOf(ProcessEngineException.class).hasMessageContaining("History Time To Live");
    }

    @AfterEach
    void removeWhatWasDeployed() {
        deployed.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void aFailingJobIsTriedThreeTimes() {
        assertThat(engine.getDefaultNumberOfRetries()).isEqualTo(3);
    }
}
