package vn.chidao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.chidao.support.ApiClient.json;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * No password, token or webhook secret reaches a log line: a run that signs in on the form and over HTTP Basic,
 * fails to sign in until locked out, changes a password, has an administrator create a user and reset passwords
 * (typed and generated), creates and uses a token and sets a webhook secret, with the log at production's INFO and
 * at DEBUG for Chidao, Spring Security, Spring MVC (whose debug lines print request and response bodies) and the
 * SQL; then the whole captured output is searched for each secret, also as HTTP Basic sends it.
 */
@ChidaoTest
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest {

    private static final List<String> VERBOSE = List.of("vn.chidao", "org.springframework.security",
            "org.springframework.web.servlet", "org.hibernate.SQL");

    /** A body's secret field printed with a value (a masked one, {@code password=******}, is fine). */
    private static final Pattern SECRET_FIELD =
            Pattern.compile("\\b(password|currentPassword|newPassword|secret|token)=(?!\\*)");
    /** How many characters of either end of a long secret give it away. */
    private static final int TELLING_LENGTH = 14;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LoggingSystem logging;
    @Autowired
    WebApplicationContext context;

    private final Map<String, LogLevel> levelsBefore = new LinkedHashMap<>();
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void verboseLogs() {
        levelsBefore.put(LoggingSystem.ROOT_LOGGER_NAME, level(LoggingSystem.ROOT_LOGGER_NAME));
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        for (String name : VERBOSE) {
            levelsBefore.put(name, level(name));
            logging.setLogLevel(name, LogLevel.DEBUG);
        }
    }

    @AfterEach
    void usualLogs() {
        levelsBefore.forEach(logging::setLogLevel);
    }

    @Test
    void aRunWithPasswordsTokensAndAWebhookSecretLogsNoneOfThem(CapturedOutput output) throws Exception {
        World world = fixtures.newWorld();
        ApiClient api = ApiClient.on(port);
        String person = world.secretariat().username();
        Actor admin = fixtures.user(world, "qt", Role.ADMIN, null);
        secret(person, Fixtures.PASSWORD);
        secret(admin.username(), Fixtures.PASSWORD);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        mvc.perform(post("/login").param("username", person).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/"));
        api.as(person).get("/api/me").expect(200);

        String unlucky = world.leader().username();
        for (int i = 0; i < SignInLockout.MOST_FAILURES + 1; i++) {
            api.as(unlucky, secret(unlucky, "doan-sai-" + i + "-" + UUID.randomUUID())).get("/api/me").expect(401);
        }

        String changed = secret(person, "Doi-mat-khau-" + UUID.randomUUID());
        api.as(person).post("/api/me/password", json("currentPassword", Fixtures.PASSWORD, "newPassword", changed))
                .expect(204);
        ApiClient person2 = api.as(person, changed);

        ApiClient administrator = api.as(admin.username());
        String created = world.government().code().toLowerCase() + ".moi";
        administrator.post("/api/admin/users", json("username", created, "password",
                secret(created, "Ban-dau-" + UUID.randomUUID()), "displayName", "Người mới",
                "roles", List.of("LEADER"))).expect(201);
        administrator.post("/api/admin/users/" + created + "/password",
                json("password", secret(created, "Dat-lai-" + UUID.randomUUID()))).expect(200);
        secret(created, administrator.post("/api/admin/users/" + created + "/password").expect(200)
                .path("password").asText());

        String token = person2.post("/api/me/tokens", json("name", "Cổng dữ liệu",
                "expiresAt", OffsetDateTime.now().plusDays(30).toString())).expect(201).path("token").asText();
        secrets.add(token);
        api.withToken(token).get("/api/me").expect(200);

        String webhookSecret = "webhook-" + UUID.randomUUID();
        secrets.add(webhookSecret);
        // Spring MVC's debug lines cut a body after 100 characters: a secret may show only one end.
        List.copyOf(secrets).stream().filter(secret -> secret.length() > TELLING_LENGTH).forEach(secret -> {
            secrets.add(secret.substring(0, TELLING_LENGTH));
            secrets.add(secret.substring(secret.length() - TELLING_LENGTH));
        });
        administrator.put("/api/admin/webhook", json("url", "http://127.0.0.1:9/chidao", "secret", webhookSecret,
                "enabled", true)).expect(200);

        String log = output.getAll();
        assertThat(log.lines().filter(line -> secrets.stream().anyMatch(line::contains)).toList())
                .as("log lines with a password, a token or a secret").isEmpty();
        assertThat(log.lines().filter(line -> SECRET_FIELD.matcher(line).find()).toList())
                .as("log lines showing a secret field of a body, even cut short").isEmpty();
        assertThat(log).as("the debug lines that print bodies ran").contains("to [PasswordChange[", "[CreatedToken[")
                .as("the lockout said so").contains("locked for 15 minutes");
    }

    /** Records a password and how HTTP Basic sends it with {@code username}; returns the password. */
    private String secret(String username, String password) {
        secrets.add(password);
        secrets.add(Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return password;
    }

    private LogLevel level(String name) {
        LoggerConfiguration configuration = logging.getLoggerConfiguration(name);
        return configuration == null ? null : configuration.getConfiguredLevel();
    }
}
