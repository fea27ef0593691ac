package vn.chidao.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * A job that fails on every try becomes an incident the installation's admin sees (service and API) and retries:
 * the retry gives the job one more run and closes the incident; failing again raises a new one. Nobody else sees them.
 */
@ChidaoTest
class EngineIncidentsTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EngineIncidents incidents;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    FailingJobs failing;
    Actor admin;
    ApiClient api;

    @BeforeEach
    void setUp() {
        failing = new FailingJobs(repository, runtime, management);
        admin = fixtures.admin();
        api = ApiClient.on(port);
    }

    @AfterEach
    void removeTheFailingProcess() {
        failing.deleteAll();
    }

    @Test
    void aJobThatFailedThreeTimesIsAnOpenIncidentTheInstallationAdminSees() {
        String instance = failing.failedInstance("4242");

        assertThat(failing.job(instance).getRetries()).isZero();
        Incident raised = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
        IncidentView seen = incidents.open(admin, PageRequest.of(0, 50)).stream()
                .filter(i -> i.id().equals(raised.getId())).findFirst().orElseThrow();
        assertThat(seen.processKey()).isEqualTo(FailingJobs.KEY);
        assertThat(seen.activityId()).isEqualTo(FailingJobs.TASK);
        assertThat(seen.businessKey()).isEqualTo("4242");
        assertThat(seen.jobId()).isEqualTo(failing.job(instance).getId());
        assertThat(seen.message()).contains("noSuchBean");
        assertThat(seen.at().toInstant()).isEqualTo(raised.getIncidentTimestamp().toInstant());
        assertThat(seen.at().getOffset()).isEqualTo(Dates.ZONE.getRules().getOffset(seen.at().toInstant()));

        JsonNode page = api.as("admin", "test-admin").get("/api/admin/incidents?page=0&size=200").expect(200);
        assertThat(page.path("total").asLong()).isEqualTo(runtime.createIncidentQuery().count());
        JsonNode item = find(page, raised.getId());
        assertThat(item.path("processKey").asText()).isEqualTo(FailingJobs.KEY);
        assertThat(item.path("activityId").asText()).isEqualTo(FailingJobs.TASK);
        assertThat(item.path("businessKey").asText()).isEqualTo("4242");
        assertThat(item.path("jobId").asText()).isEqualTo(seen.jobId());
        assertThat(item.path("at").asText()).endsWith("+07:00");
        assertThat(item.path("message").asText()).contains("noSuchBean");
    }

    @Test
    void aRetryGivesTheJobOneMoreRunAndFailingAgainRaisesANewIncident() {
        String instance = failing.failedInstance("77");
        String first = runtime.createIncidentQuery().processInstanceId(instance).singleResult().getId();

        api.as("admin", "test-admin").post("/api/admin/incidents/" + first + "/retry").expect(204);

        assertThat(failing.job(instance).getRetries()).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(incidents.open(admin, PageRequest.of(0, 200)).stream().map(IncidentView::id)).doesNotContain(first);

        assertThat(failing.failUntilNoRetryLeft(instance)).isEqualTo(1);
        Incident again = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
        assertThat(again.getId()).isNotEqualTo(first);
        assertThat(failing.job(instance).getRetries()).isZero();
    }

    @Test
    void anUnknownIncidentIs404AndOneWithoutAJobIs409() {
        problem(api.as("admin", "test-admin").post("/api/admin/incidents/no-such-incident/retry"), 404);
        assertThatThrownBy(() -> incidents.retry(admin, "no-such-incident")).isInstanceOf(NotFoundException.class);

        String instance = failing.failedInstance("5");
        String execution = runtime.createExecutionQuery().processInstanceId(instance).activityId(FailingJobs.TASK)
                .singleResult().getId();
        Incident custom = runtime.createIncident("externalSystem", execution, "no-job", "an external worker failed");

        assertThatThrownBy(() -> incidents.retry(admin, custom.getId())).isInstanceOf(ConflictException.class);
        problem(api.as("admin", "test-admin").post("/api/admin/incidents/" + custom.getId() + "/retry"), 409);
        assertThat(incidents.open(admin, PageRequest.of(0, 200)).stream()
                .filter(i -> i.id().equals(custom.getId())).findFirst().orElseThrow().jobId()).isNull();
    }

    @Test
    void onlyTheInstallationsAdminSeesOrRetriesIncidents() {
        String instance = failing.failedInstance("9");
        String id = runtime.createIncidentQuery().processInstanceId(instance).singleResult().getId();
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);

        for (Actor other : new Actor[] {governmentAdmin, world.secretariat(), world.leader()}) {
            assertThatThrownBy(() -> incidents.open(other, PageRequest.of(0, 10)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> incidents.retry(other, id)).isInstanceOf(ForbiddenException.class);
        }
        problem(api.as(governmentAdmin.username()).get("/api/admin/incidents"), 403);
        problem(api.as(governmentAdmin.username()).post("/api/admin/incidents/" + id + "/retry"), 403);
        problem(api.as(world.secretariat().username()).get("/api/admin/incidents"), 403);
        problem(api.get("/api/admin/incidents"), 401);
        assertThat(failing.job(instance).getRetries()).isZero();
    }

    @Test
    void aFailedJobOfNoProcessInstanceIsListedToo() {
        // a timer start event whose first step fails: its job belongs to no instance, like the history cleanup's
        String deployment = repository.createDeployment().addModelInstance("Test_FailingStart.bpmn",
                org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("Test_FailingStart").camundaHistoryTimeToLive(1)
                        .startEvent().timerWithDate("2000-01-01T00:00:00").serviceTask("ServiceTask_FailsAtStart")
                        .camundaExpression("${noSuchBean.run()}").endEvent().done()).deploy().getId();
        try {
            String definition = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
            var job = management.createJobQuery().processDefinitionId(definition).singleResult();
            for (int i = 0; i < 3; i++) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException expected) {
                    // fails on every try, as it should
                }
            }
            Incident raised = runtime.createIncidentQuery().configuration(job.getId()).singleResult();
            assertThat(raised.getProcessInstanceId()).isNull();

            IncidentView newest = incidents.open(admin, PageRequest.of(0, 1)).getContent().get(0);
            assertThat(newest.id()).isEqualTo(raised.getId());
            assertThat(newest.businessKey()).isNull();
            assertThat(newest.jobId()).isEqualTo(job.getId());
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    private static JsonNode find(JsonNode page, String id) {
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("incident " + id + " not in " + page);
    }
}
