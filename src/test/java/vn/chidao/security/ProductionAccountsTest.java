package vn.chidao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.chidao.ChidaoApplication;
import vn.chidao.support.ApiClient;
import vn.chidao.support.Problems;

/**
 * The {@code postgres} profile's accounts, on a node of their own started with that profile (its database an empty
 * H2 one, so that the first administrator is created): the strict password policy on every path that sets a
 * password, the first administrator's and an administrator's passwords to be changed by their owners,
 * {@code CHIDAO_ADMIN_PASSWORD} read only to create that administrator, and behind a reverse proxy a session cookie
 * that is Secure over HTTPS and a lockout that counts the client's address.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Its node runs on its own H2 database whatever the run's: the PostgreSQL run leaves it out.
@Tag("own-database")
class ProductionAccountsTest {

    private static final String FIRST_PASSWORD = "Khởi-tạo-hệ-thống-2026";
    private static final String DATABASE = "jdbc:h2:mem:chidao-accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    static ConfigurableApplicationContext node;
    static ApiClient api;
    static int port;
    static String adminPassword = FIRST_PASSWORD;

    @BeforeAll
    static void startAProductionNode() {
        node = new SpringApplicationBuilder(ChidaoApplication.class).run(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + DATABASE,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                // The postgres profile's PostgreSQL-only callbacks (the audit trail's trigger) do not run on H2.
                "--spring.flyway.locations=classpath:db/migration",
                // ... and an attachment's content is a blob here, not PostgreSQL's large object (V20)
                "--spring.flyway.placeholders.lob_type=blob",
                "--server.port=0",
                "--camunda.bpm.process-engine-name=accounts",
                "--camunda.bpm.job-execution.enabled=false",
                "--chidao.admin.password=" + FIRST_PASSWORD,
                "--chidao.delivery.sender-enabled=false",
                "--logging.level.root=warn");
        port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
        api = ApiClient.on(port).inLanguage("en");
    }

    @AfterAll
    static void stopIt() throws SQLException {
        if (node != null) {
            node.close();
        }
        try (Connection connection = DriverManager.getConnection(DATABASE, "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    @Order(1)
    void theFirstAdministratorIsToChangeThePasswordFromTheEnvironment() {
        assertThat(node.getBean(PasswordPolicy.class).mode()).isEqualTo(PasswordPolicy.Mode.STRICT);
        // The tests' own profile hashes at BCrypt's lowest cost for speed; production keeps the default of 10.
        assertThat(node.getBean(PasswordEncoder.class).encode(FIRST_PASSWORD)).startsWith("$2a$10$");
        assertThat(node.getBean(PasswordService.class).mustChange(UserService.ADMIN_USERNAME)).isTrue();
        admin().get("/api/me").expect(200);
    }

    @Test
    @Order(2)
    void everyPathThatSetsAPasswordFollowsTheStrictPolicy() {
        String name = "quantri." + UUID.randomUUID().toString().substring(0, 6);
        assertThat(errors(createAdmin(name, "ngắn-quá"))).containsExactly("password: at least 10 characters");
        assertThat(errors(createAdmin(name, "1234567890"))).containsExactly("password: too common");
        assertThat(errors(createAdmin(name, "Password2024!"))).containsExactly("password: too common");
        assertThat(errors(createAdmin(name, name.toUpperCase() + "-x"))).containsExactly(
                "password: must not contain the username");
        createAdmin(name, "Sông-Hồng-chảy-mãi").expect(201);
        assertThat(mustChange(name)).as("a first password an administrator chose").isTrue();

        assertThat(errors(admin().post("/api/admin/users/" + name + "/password", json("password", "abc"))))
                .containsExactly("password: at least 10 characters");
        admin().post("/api/admin/users/" + name + "/password", json("password", "Đồng-Nai-mùa-lúa")).expect(200);
        assertThat(mustChange(name)).as("a password an administrator reset").isTrue();

        ApiClient owner = api.as(name, "Đồng-Nai-mùa-lúa");
        assertThat(errors(owner.post("/api/me/password",
                json("currentPassword", "Đồng-Nai-mùa-lúa", "newPassword", "iloveyou2024")))).containsExactly(
                "newPassword: too common");
        assertThat(errors(owner.post("/api/me/password",
                json("currentPassword", "sai", "newPassword", "Hà-Giang-mùa-hoa")))).containsExactly(
                "currentPassword: wrong current password");
        owner.post("/api/me/password",
                json("currentPassword", "Đồng-Nai-mùa-lúa", "newPassword", "Hà-Giang-mùa-hoa")).expect(204);
        assertThat(mustChange(name)).as("changed by its owner").isFalse();

        String generated = admin().post("/api/admin/users/" + name + "/password").expect(200)
                .path("password").asText();
        api.as(name, generated).get("/api/me").expect(200);
        assertThat(mustChange(name)).isTrue();
    }

    @Test
    @Order(3)
    void behindAProxyTheSessionCookieIsSecureOverHttpsAndAlwaysHttpOnlyAndLax() throws Exception {
        String overHttps = sessionCookie(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https"));
        String overHttp = sessionCookie(HttpRequest.newBuilder(uri("/login")));

        assertThat(overHttps).startsWith("JSESSIONID=").containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
        assertThat(overHttp).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure")
                .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    @Order(4)
    void behindAProxyTheLockoutCountsTheClientsAddress() throws Exception {
        String name = "quantri." + UUID.randomUUID().toString().substring(0, 6);
        createAdmin(name, "Sông-Hồng-chảy-mãi").expect(201);
        for (int i = 0; i < SignInLockout.MOST_FAILURES; i++) {
            assertThat(me(name, "sai-" + i, "203.0.113.7")).isEqualTo(401);
        }

        assertThat(me(name, "Sông-Hồng-chảy-mãi", "203.0.113.7")).isEqualTo(401);
        assertThat(me(name, "Sông-Hồng-chảy-mãi", "198.51.100.20")).isEqualTo(200);
    }

    @Test
    @Order(5)
    void anotherAdministratorPasswordInTheEnvironmentOrNoneChangesNothingOnceTheAccountExists() {
        admin().post("/api/me/password",
                json("currentPassword", FIRST_PASSWORD, "newPassword", "Quản-trị-đã-đổi-2027")).expect(204);
        adminPassword = "Quản-trị-đã-đổi-2027";
        assertThat(mustChange(UserService.ADMIN_USERNAME)).isFalse();

        // What a restart with another CHIDAO_ADMIN_PASSWORD, or none, runs (the only reader of chidao.admin.password).
        new AdminBootstrap(node.getBean(UserService.class), "Mật-khẩu-khác-trong-env", true)
                .run(new DefaultApplicationArguments());
        new AdminBootstrap(node.getBean(UserService.class), "", true).run(new DefaultApplicationArguments());

        admin().get("/api/me").expect(200);
        Problems.problem(api.as(UserService.ADMIN_USERNAME, "Mật-khẩu-khác-trong-env").get("/api/me"), 401);
        Problems.problem(api.as(UserService.ADMIN_USERNAME, FIRST_PASSWORD).get("/api/me"), 401);
    }

    private static ApiClient admin() {
        return api.as(UserService.ADMIN_USERNAME, adminPassword);
    }

    /** An installation administrator (no government needed) with this first password. */
    private static ApiClient.Reply createAdmin(String username, String password) {
        return admin().post("/api/admin/users", json("username", username, "password", password,
                "displayName", "Quản trị " + username, "roles", List.of("ADMIN")));
    }

    private static boolean mustChange(String username) {
        return node.getBean(PasswordService.class).mustChange(username);
    }

    /** A 400 problem's errors as "field: message" (English). */
    private static List<String> errors(ApiClient.Reply reply) {
        JsonNode problem = Problems.problem(reply, 400);
        return problem.path("errors").findParents("field").stream()
                .map(e -> e.path("field").asText() + ": " + e.path("message").asText()).toList();
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String sessionCookie(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(request.GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("No session cookie: " + response.headers().map()));
    }

    /** GET /api/me with HTTP Basic through a proxy that names the client's address; the status. */
    private static int me(String username, String password, String clientAddress)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/api/me")).header("Authorization", "Basic " + basic)
                .header("X-Forwarded-For", clientAddress).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
