package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.security.NewToken;
import vn.chidao.security.NewUser;
import vn.chidao.security.TokenService;
import vn.chidao.security.UserAccountService;
import vn.chidao.security.UserService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.WebSession;
import vn.chidao.support.World;

/**
 * One sign-in for Camunda: Cockpit ({@code /camunda}) and the engine REST API ({@code /engine-rest}) take Chidao's
 * users and passwords (the UI's session; Basic or a token), for the installation's administrators only, and follow a
 * change of the password at once. A browser that is not signed in goes through Chidao's sign-in page and comes back.
 */
@ChidaoTest
// A fresh context: after a second application has run and closed in this JVM (TwoNodesDeliveryTest's second node),
// Cockpit's and the engine REST API's calls on the shared context answer 302 or 500 (reproduced with those two
// classes alone). Camunda's engine registry still holds this context's engine and putting back Spring Security's
// static strategy did not help; the closed node also stops the JVM's logging, so the cause is not yet found. One
// application per JVM, as in production, does not meet it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class CamundaSignInApiTest {

    /** The installation's administrator's password in the test profile (application-test.yml). */
    private static final String ADMIN_PASSWORD = "test-admin";
    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String WHO_IS_SIGNED_IN = "/camunda/api/admin/auth/user/default";
    private static final String COCKPIT_DEFINITIONS = "/camunda/api/engine/engine/default/process-definition"
            + "?latestVersion=true";
    private static final String ENGINE_DEFINITIONS = "/engine-rest/process-definition?latestVersion=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAccountService accounts;
    @Autowired
    TokenService tokens;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    UserService users;

    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.on(port);
    }

    @Test
    void aBrowserNotSignedInGoesToChidaosSignInAndComesBackToCockpitAsItsUser() {
        WebSession browser = new WebSession(port);

        HttpResponse<String> cockpit = browser.get(COCKPIT);
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(browser.path(cockpit)).isEqualTo("/login");
        assertThat(browser.get(WHO_IS_SIGNED_IN).statusCode()).as("the webapp's own call").isEqualTo(401);

        HttpResponse<String> signedIn = browser.signIn(UserService.ADMIN_USERNAME, ADMIN_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.path(signedIn)).startsWith(COCKPIT);

        HttpResponse<String> page = browser.get(browser.path(signedIn));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("cockpit");
        JsonNode user = json(browser.get(WHO_IS_SIGNED_IN), 200);
        assertThat(user.path("userId").asText()).isEqualTo(UserService.ADMIN_USERNAME);
        assertThat(values(user.path("authorizedApps"))).contains("cockpit", "admin", "tasklist");
        assertThat(keys(json(browser.get(COCKPIT_DEFINITIONS), 200))).contains(DirectiveAssignmentProcess.KEY);
        JsonNode profile = json(browser.get("/camunda/api/engine/engine/default/user/admin/profile"), 200);
        assertThat(profile.path("firstName").asText()).isEqualTo("Quản trị hệ thống");
    }

    @Test
    void camundasOwnSignInFirstUserSetupAndTasklistAreClosed() {
        WebSession browser = new WebSession(port);
        browser.signIn(UserService.ADMIN_USERNAME, ADMIN_PASSWORD);

        assertThat(browser.post("/camunda/api/admin/auth/user/default/login/cockpit",
                "application/x-www-form-urlencoded", "username=admin&password=" + ADMIN_PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(browser.post("/camunda/api/admin/setup/default/user/create", "application/json",
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}").statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
        assertThat(browser.get("/camunda/api/tasklist/plugin/standaloneTask/default").statusCode()).isEqualTo(403);
        assertThat(browser.get(COCKPIT).statusCode()).isEqualTo(200);
    }

    @Test
    void othersGet403OnCockpitAndTheEngineRestApiAnd401WithoutSigningIn() {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "quantri", Role.ADMIN, null);
        for (Actor other : List.of(governmentAdmin, world.secretariat(), world.leader())) {
            WebSession browser = new WebSession(port);
            assertThat(browser.signIn(other.username(), Fixtures.PASSWORD).statusCode()).isEqualTo(302);
            assertThat(browser.get(COCKPIT).statusCode()).as("Cockpit for %s", other.username()).isEqualTo(403);
            assertThat(browser.get(WHO_IS_SIGNED_IN).statusCode()).isEqualTo(403);
            assertThat(browser.get(COCKPIT_DEFINITIONS).statusCode()).isEqualTo(403);
            assertThat(api.as(other.username()).get(ENGINE_DEFINITIONS).status())
                    .as("engine REST for %s", other.username()).isEqualTo(403);
        }
        assertThat(api.get(ENGINE_DEFINITIONS).status()).isEqualTo(401);
    }

    @Test
    void theEngineRestApiDoesNotCheckOrSetPasswordsOfItsOwn() {
        ApiClient admin = api.as(UserService.ADMIN_USERNAME, ADMIN_PASSWORD);

        assertThat(admin.post("/engine-rest/identity/verify",
                ApiClient.json("username", UserService.ADMIN_USERNAME, "password", ADMIN_PASSWORD)).status())
                .isEqualTo(403);
        assertThat(admin.put("/engine-rest/user/" + UserService.ADMIN_USERNAME + "/credentials",
                ApiClient.json("password", "camunda-own", "authenticatedUserPassword", ADMIN_PASSWORD)).status())
                .isEqualTo(403);
        assertThat(identity.createUserQuery().userId(UserService.ADMIN_USERNAME).singleResult().getPassword())
                .isNull();
        admin.get(ENGINE_DEFINITIONS).expect(200);
    }

    @Test
    void theEngineRestApiTakesATokenAndTheEngineKnowsWhoCalls() {
        World world = fixtures.newWorld();
        long assignment = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(assignment)).list().get(0)
                .getId();
        String token = tokens.create(fixtures.admin(), new NewToken("Cockpit test", OffsetDateTime.now().plusDays(1)))
                .token();
        ApiClient withToken = api.withToken(token);

        assertThat(keys(withToken.get(ENGINE_DEFINITIONS).expect(200))).contains(DirectiveAssignmentProcess.KEY);
        JsonNode comment = withToken.post("/engine-rest/task/" + task + "/comment/create",
                ApiClient.json("message", "Kiểm tra từ Cockpit")).expect(200);
        assertThat(comment.path("userId").asText()).isEqualTo(UserService.ADMIN_USERNAME);
    }

    @Test
    void cockpitTakesTheAdministratorsPasswordAfterItHasBeenChanged() {
        Actor admin = fixtures.admin();
        String changed = "doi-mat-khau-" + System.nanoTime();
        accounts.resetPassword(admin, UserService.ADMIN_USERNAME, changed);
        try {
            WebSession withOld = new WebSession(port);
            HttpResponse<String> refused = withOld.signIn(UserService.ADMIN_USERNAME, ADMIN_PASSWORD);
            assertThat(withOld.path(refused)).startsWith("/login?error");
            assertThat(withOld.get(WHO_IS_SIGNED_IN).statusCode()).isEqualTo(401);
            assertThat(api.as(UserService.ADMIN_USERNAME, ADMIN_PASSWORD).get(ENGINE_DEFINITIONS).status())
                    .isEqualTo(401);

            WebSession withNew = new WebSession(port);
            withNew.signIn(UserService.ADMIN_USERNAME, changed);
            HttpResponse<String> page = withNew.get(COCKPIT);
            assertThat(page.statusCode()).as("Cockpit, answered %s", page.headers().map()).isEqualTo(200);
            assertThat(json(withNew.get(WHO_IS_SIGNED_IN), 200).path("userId").asText())
                    .isEqualTo(UserService.ADMIN_USERNAME);
            assertThat(keys(json(withNew.get(COCKPIT_DEFINITIONS), 200))).contains(DirectiveAssignmentProcess.KEY);
            assertThat(keys(api.as(UserService.ADMIN_USERNAME, changed).get(ENGINE_DEFINITIONS).expect(200)))
                    .contains(DirectiveAssignmentProcess.KEY);
        } finally {
            accounts.resetPassword(admin, UserService.ADMIN_USERNAME, ADMIN_PASSWORD);
        }
    }

    @Test
    void aCamundaPasswordLeftFromAnEarlierReleaseIsRemovedAtTheFirstSignIn() {
        String username = "qtht" + System.nanoTime() % 1_000_000;
        users.createUser(fixtures.admin(), new NewUser(username, Fixtures.PASSWORD, "Quản trị thứ hai",
                Set.of(Role.ADMIN), null, null, null));
        User former = identity.newUser(username);
        former.setPassword("camunda-own-password");
        identity.saveUser(former);
        assertThat(identity.checkPassword(username, "camunda-own-password")).isTrue();

        WebSession browser = new WebSession(port);
        browser.signIn(username, Fixtures.PASSWORD);
        assertThat(browser.get(COCKPIT).statusCode()).isEqualTo(200);
        assertThat(json(browser.get(WHO_IS_SIGNED_IN), 200).path("userId").asText()).isEqualTo(username);

        User copy = identity.createUserQuery().userId(username).singleResult();
        assertThat(copy.getPassword()).as("Camunda's own password").isNull();
        assertThat(copy.getFirstName()).isEqualTo("Quản trị thứ hai");
        assertThat(identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count())
                .isEqualTo(1);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("HTTP status of %s", response.body()).isEqualTo(status);
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private static List<String> keys(JsonNode definitions) {
        List<String> keys = new ArrayList<>();
        definitions.forEach(d -> keys.add(d.path("key").asText()));
        return keys;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
