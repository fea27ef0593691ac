package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * {@code POST /api/me/password}: a person changes their own password with the current one (204, the old one stops
 * working); a wrong current password or a new one that breaks the policy is a 400 naming the field and the rule.
 * The administrators' paths (a new user, a reset) follow the same policy. The tests run the demo policy (at least 4
 * characters); the strict one of production is ProductionAccountsTest's.
 */
@ChidaoTest
class PasswordApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    ApiClient api;
    World world;
    String username;

    @BeforeEach
    void newWorld() {
        api = ApiClient.on(port);
        world = fixtures.newWorld();
        username = world.secretariat().username();
    }

    @Test
    void aPersonChangesTheirPasswordWithTheCurrentOne() {
        api.as(username).post("/api/me/password",
                json("currentPassword", Fixtures.PASSWORD, "newPassword", "mật-khẩu-mới")).expect(204);

        problem(api.as(username).get("/api/me"), 401);
        assertThat(api.as(username, "mật-khẩu-mới").get("/api/me").expect(200).path("username").asText())
                .isEqualTo(username);
    }

    @Test
    void aWrongCurrentPasswordOrABrokenRuleIsA400NamingTheFieldAndTheRule() {
        ApiClient me = api.as(username).inLanguage("en");

        assertThat(errors(me.post("/api/me/password", json("currentPassword", "not-mine", "newPassword", "mật-khẩu-mới"))))
                .containsExactly("currentPassword: wrong current password");
        assertThat(errors(me.post("/api/me/password", json("currentPassword", Fixtures.PASSWORD, "newPassword", "abc"))))
                .containsExactly("newPassword: at least 4 characters");
        assertThat(errors(me.post("/api/me/password",
                json("currentPassword", Fixtures.PASSWORD, "newPassword", Fixtures.PASSWORD))))
                .containsExactly("newPassword: must differ from the current password");
        assertThat(errors(me.post("/api/me/password",
                json("currentPassword", Fixtures.PASSWORD, "newPassword", "đ".repeat(40)))))
                .containsExactly("newPassword: longer than 72 bytes (an accented letter counts 2-3)");
        assertThat(errors(me.post("/api/me/password", json("currentPassword", Fixtures.PASSWORD, "newPassword", ""))))
                .containsExactly("newPassword: must not be empty");
        assertThat(errors(api.as(username).post("/api/me/password",
                json("currentPassword", Fixtures.PASSWORD, "newPassword", "abc"))))
                .containsExactly("newPassword: phải có ít nhất 4 ký tự");

        me.get("/api/me").expect(200);
    }

    @Test
    void theAdministratorsPathsFollowThePolicyToo() {
        ApiClient admin = api.as(fixtures.user(world, "qt", Role.ADMIN, null).username()).inLanguage("en");
        String leader = world.leader().username();

        assertThat(errors(admin.post("/api/admin/users/" + leader + "/password", json("password", "abc"))))
                .containsExactly("password: at least 4 characters");
        api.as(leader).get("/api/me").expect(200);
        assertThat(errors(admin.post("/api/admin/users", json("username",
                world.government().code().toLowerCase() + ".moi", "password", "abc", "displayName", "Người mới",
                "roles", List.of("LEADER"))))).containsExactly("password: at least 4 characters");
    }

    /** A 400 problem's errors as "field: message". */
    private static List<String> errors(ApiClient.Reply reply) {
        JsonNode problem = problem(reply, 400);
        return problem.path("errors").findValuesAsText("field").stream()
                .map(field -> field + ": " + messageOf(problem, field)).toList();
    }

    private static String messageOf(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("message").asText();
            }
        }
        return null;
    }
}
