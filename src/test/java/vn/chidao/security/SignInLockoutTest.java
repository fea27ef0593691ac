package vn.chidao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Five failed sign-ins in a row for one username from one client address lock that pair for 15 minutes of the
 * application's clock, on the sign-in form and over HTTP Basic alike; a locked attempt is answered exactly as a wrong
 * password, for unknown usernames too; another address is not locked; a success clears the count; tokens pass; an
 * administrator of the user lifts the lock. HTTP Basic runs over real HTTP (from the loopback address), the sign-in
 * form through the security filters with a chosen client address.
 */
@ChidaoTest
class SignInLockoutTest {

    private static final String HERE = "203.0.113.5";
    private static final String ELSEWHERE = "198.51.100.7";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;

    ApiClient api;
    World world;
    String username;
    MockMvc mvc;

    @BeforeEach
    void newWorld() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        api = ApiClient.on(port);
        world = fixtures.newWorld();
        username = world.secretariat().username();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutesAndALockedAttemptReadsAsAWrongPassword() {
        String token = api.as(username).post("/api/me/tokens",
                json("name", "Cổng dữ liệu", "expiresAt", "2026-06-01T00:00:00+07:00")).expect(201).path("token").asText();
        ApiClient.Reply wrong = api.as(username, "sai-mat-khau").get("/api/me");
        problem(wrong, 401);
        for (int i = 2; i <= 4; i++) {
            api.as(username, "sai-mat-khau-" + i).get("/api/me").expect(401);
        }
        api.as(username).get("/api/me").expect(200);
        for (int i = 1; i <= 5; i++) {
            api.as(username, "sai-lan-nua-" + i).get("/api/me").expect(401);
        }
        assertThat(jdbc.queryForObject("select max(failures) from sign_in_failure where username = ?", Integer.class,
                username)).as("the success in between cleared the first four").isEqualTo(5);

        ApiClient.Reply locked = api.as(username).get("/api/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.contentType()).isEqualTo(wrong.contentType());
        assertThat(locked.text()).isEqualTo(wrong.text());
        assertThat(api.withToken(token).get("/api/me").expect(200).path("username").asText()).isEqualTo(username);

        time.startAt(LocalDate.of(2026, 3, 2), 9, 14);
        assertThat(api.as(username).get("/api/me").text()).isEqualTo(wrong.text());
        time.startAt(LocalDate.of(2026, 3, 2), 9, 15);
        api.as(username).get("/api/me").expect(200);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where username = ?", Integer.class,
                username)).as("a success deletes the pair's row").isZero();
    }

    @Test
    void wrongCurrentPasswordsOnAPasswordChangeCountAsFailedSignInsEvenWithAToken() {
        String token = api.as(username).post("/api/me/tokens",
                json("name", "Máy trạm", "expiresAt", "2026-06-01T00:00:00+07:00")).expect(201).path("token").asText();
        ApiClient holder = api.withToken(token).inLanguage("en");
        for (int i = 1; i <= 5; i++) {
            problem(holder.post("/api/me/password", json("currentPassword", "doan-" + i, "newPassword", "mat-khau-moi")),
                    400);
        }

        ApiClient.Reply right = holder.post("/api/me/password",
                json("currentPassword", Fixtures.PASSWORD, "newPassword", "mat-khau-moi"));
        assertThat(right.status()).as("the pair is locked: the right password reads as a wrong one").isEqualTo(400);
        assertThat(right.body().toString()).contains("currentPassword");
        api.as(username).get("/api/me").expect(401);
        api.as(fixtures.user(world, "qt", Role.ADMIN, null).username())
                .post("/api/admin/users/" + username + "/unlock").expect(204);
        holder.post("/api/me/password", json("currentPassword", Fixtures.PASSWORD, "newPassword", "mat-khau-moi"))
                .expect(204);
        api.as(username, "mat-khau-moi").get("/api/me").expect(200);
    }

    @Test
    void anUnknownUsernameLocksTheSameSoTheAnswerTellsNothing() {
        String stranger = "khong.co.ai." + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Reply first = api.as(stranger, "doan-bua").get("/api/me");
        for (int i = 0; i < 6; i++) {
            assertThat(api.as(stranger, "doan-bua-" + i).get("/api/me").text()).isEqualTo(first.text());
        }
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where username = ? and locked_until > ?",
                Integer.class, stranger, java.sql.Timestamp.from(time.now()))).isEqualTo(1);
        assertThat(api.as(username, "sai-mat-khau").get("/api/me").text())
                .as("a wrong password of a real user reads the same").isEqualTo(first.text());
    }

    @Test
    void theFormAndHttpBasicShareTheLockOfAnAddressAndAnotherAddressIsNotLocked() throws Exception {
        for (int i = 0; i < 3; i++) {
            signIn(HERE, "sai-mat-khau-" + i, "/login?error");
        }
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/me").with(httpBasic(username, "sai-" + i)).with(from(HERE)))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(401));
        }

        signIn(HERE, Fixtures.PASSWORD, "/login?error");
        mvc.perform(get("/api/me").with(httpBasic(username, Fixtures.PASSWORD)).with(from(HERE)))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(401));
        signIn(ELSEWHERE, Fixtures.PASSWORD, "/");
        mvc.perform(get("/api/me").with(httpBasic(username, Fixtures.PASSWORD)).with(from(ELSEWHERE)))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(200));
        api.as(username).get("/api/me").expect(200);
        time.startAt(LocalDate.of(2026, 3, 2), 9, 15);
        signIn(HERE, Fixtures.PASSWORD, "/");
    }

    @Test
    void anAdministratorOfTheUserLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            api.as(username, "sai-" + i).get("/api/me").expect(401);
        }
        api.as(username).get("/api/me").expect(401);
        World other = fixtures.newWorld();

        // Another government's user is unknown to this admin (404, as the authorization matrix has it).
        problem(api.as(fixtures.user(other, "qt", Role.ADMIN, null).username())
                .post("/api/admin/users/" + username + "/unlock"), 404);
        problem(api.as(world.leader().username()).post("/api/admin/users/" + username + "/unlock"), 403);
        ApiClient admin = api.as(fixtures.user(world, "qt", Role.ADMIN, null).username());
        problem(admin.post("/api/admin/users/khong.co.ai/unlock"), 404);
        api.as(username).get("/api/me").expect(401);
        assertThat(listed(admin, username).path("lockedOut").asBoolean()).isTrue();
        assertThat(listed(admin, username).path("enabled").asBoolean()).as("the user's own fields, flat").isTrue();
        assertThat(listed(admin, world.leader().username()).path("lockedOut").asBoolean()).isFalse();

        admin.post("/api/admin/users/" + username.toUpperCase() + "/unlock").expect(204);
        api.as(username).get("/api/me").expect(200);
        assertThat(listed(admin, username).path("lockedOut").asBoolean()).isFalse();
    }

    /** The sign-in form's POST from {@code address}; where it sends the browser next. */
    private void signIn(String address, String password, String expectedRedirect) throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                        .with(from(address)))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
                        .as("sign-in from %s", address).isEqualTo(expectedRedirect));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The user as {@code GET /api/admin/users} lists them for this administrator. */
    private static JsonNode listed(ApiClient admin, String name) {
        for (JsonNode user : admin.get("/api/admin/users?q=" + name).expect(200)) {
            if (user.path("username").asText().equals(name)) {
                return user;
            }
        }
        throw new AssertionError(name + " is not listed");
    }
}
