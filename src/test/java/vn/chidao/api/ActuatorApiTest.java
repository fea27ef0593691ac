package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Role;
import vn.chidao.security.UserService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * The actuator over HTTP: health's status (and the liveness and readiness probes) open to load balancers, with
 * no details; the details and every other endpoint for the installation's administrator only (a government's
 * administrator gets 403); the Prometheus scrape with Chidao's gauges and the API's latency.
 */
@ChidaoTest
class ActuatorApiTest {

    /** The installation's administrator's password in the test profile (application-test.yml). */
    private static final String ADMIN_PASSWORD = "test-admin";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    ApiClient api;
    World world;

    @BeforeEach
    void newWorld() {
        api = ApiClient.on(port);
        world = fixtures.newWorld();
    }

    @Test
    void anyoneSeesHealthsStatusAndTheProbesButNoDetails() {
        JsonNode health = api.get("/actuator/health").expect(200);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).as("components in %s", health).isFalse();
        assertThat(health.has("details")).isFalse();

        assertThat(api.get("/actuator/health/liveness").expect(200).path("status").asText()).isEqualTo("UP");
        JsonNode readiness = api.get("/actuator/health/readiness").expect(200);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.has("components")).isFalse();

        ApiClient governmentAdmin = api.as(fixtures.user(world, "quantri", Role.ADMIN, null).username());
        JsonNode asGovernmentAdmin = governmentAdmin.get("/actuator/health").expect(200);
        assertThat(asGovernmentAdmin.has("components")).as("components in %s", asGovernmentAdmin).isFalse();
    }

    @Test
    void theOtherEndpointsAre401AnonymouslyAnd403ForAGovernmentsAdministrator() {
        problem(api.get("/actuator/prometheus"), 401);
        problem(api.get("/actuator"), 401);
        problem(api.get("/actuator/metrics"), 401);

        ApiClient governmentAdmin = api.as(fixtures.user(world, "quantri", Role.ADMIN, null).username());
        problem(governmentAdmin.get("/actuator/prometheus"), 403);
        problem(governmentAdmin.get("/actuator/metrics"), 403);
        problem(api.as(world.secretariat().username()).get("/actuator/prometheus"), 403);
    }

    @Test
    void theInstallationsAdministratorSeesTheDetailsAndTheScrape() {
        ApiClient admin = api.as(UserService.ADMIN_USERNAME, ADMIN_PASSWORD);

        JsonNode components = admin.get("/actuator/health").expect(200).path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        JsonNode jobExecutor = components.path("jobExecutor");
        assertThat(jobExecutor.path("details").path("dueJobs").isNumber()).as("jobExecutor: %s", jobExecutor).isTrue();
        // The tests run jobs themselves: the executor is off by configuration, which leaves the overall status UP.
        assertThat(jobExecutor.path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(jobExecutor.path("details").path("enabled").asBoolean(true)).isFalse();
        JsonNode deliveries = components.path("deliveries");
        assertThat(deliveries.path("status").asText()).isEqualTo("UP");
        assertThat(deliveries.path("details").path("pending").isNumber()).as("deliveries: %s", deliveries).isTrue();
        assertThat(deliveries.path("details").path("failed").isNumber()).isTrue();
        assertThat(deliveries.path("details").path("emailConfigured").asBoolean()).isTrue();

        admin.get("/api/conclusions/987654321");
        ApiClient.Download scrape = admin.download("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        String text = new String(scrape.bytes(), StandardCharsets.UTF_8);
        String government = "government=\"" + world.government().code() + "\"";
        assertThat(text).containsPattern("chidao_assignments_open\\{[^}]*" + government)
                .containsPattern("chidao_assignments_overdue\\{[^}]*" + government)
                .containsPattern("chidao_deliveries\\{[^}]*status=\"failed\"")
                .containsPattern("chidao_deliveries\\{[^}]*status=\"pending\"")
                .contains("chidao_jobs_due", "chidao_jobs_failed", "chidao_incidents")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/conclusions/\\{id}\"")
                .doesNotContain("uri=\"/api/conclusions/987654321\"");
    }
}
