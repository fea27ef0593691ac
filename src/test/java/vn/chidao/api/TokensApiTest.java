package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Problems;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Personal access tokens over {@code /api/me/tokens}: created with a name and an expiry, shown once, then used as
 * {@code Authorization: Bearer} with the owner's roles; listed without their value; revoked, expired, unknown or
 * of a disabled owner they are 401 like a wrong password; only their SHA-256 is stored.
 */
@ChidaoTest
class TokensApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void aTokenActsAsItsOwnerUntilRevokedAndIsShownOnlyOnce() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        World world = fixtures.newWorld();
        ApiClient api = ApiClient.on(port);
        ApiClient owner = api.as(world.focalPoint(World.SO_A).username());

        JsonNode created = owner.post("/api/me/tokens",
                json("name", "Cổng dữ liệu tỉnh", "expiresAt", "2026-09-01T00:00:00+07:00")).expect(201);
        String token = created.path("token").asText();
        assertThat(token).startsWith("chd_").hasSizeGreaterThan(40);
        assertThat(created.path("name").asText()).isEqualTo("Cổng dữ liệu tỉnh");
        assertThat(java.time.OffsetDateTime.parse(created.path("expiresAt").asText()))
                .isEqualTo(java.time.OffsetDateTime.parse("2026-09-01T00:00:00+07:00"));

        JsonNode me = api.withToken(token).get("/api/me").expect(200);
        assertThat(me.path("username").asText()).isEqualTo(world.focalPoint(World.SO_A).username());
        assertThat(me.path("unitCode").asText()).isEqualTo(World.SO_A);
        api.withToken(token).get("/api/admin/users").expect(403);
        api.withToken(token).get("/api/tasks").expect(200);

        JsonNode listed = owner.get("/api/me/tokens").expect(200);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("name").asText()).isEqualTo("Cổng dữ liệu tỉnh");
        assertThat(listed.get(0).has("token")).isFalse();
        assertThat(listed.get(0).path("lastUsedAt").isNull()).isFalse();
        assertThat(jdbc.queryForList("select token_hash from api_token where id = ?", String.class,
                created.path("id").asLong())).singleElement().asString().hasSize(64).doesNotContain(token);

        long id = created.path("id").asLong();
        api.as(world.focalPoint(World.SO_B).username()).delete("/api/me/tokens/" + id).expect(404);
        owner.delete("/api/me/tokens/" + id).expect(204);
        Problems.problem(api.withToken(token).get("/api/me"), 401);
        assertThat(owner.get("/api/me/tokens").expect(200)).isEmpty();
    }

    @Test
    void anExpiredOrUnknownTokenOrOneOfADisabledOwnerIs401AndBadInputIs400() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        World world = fixtures.newWorld();
        Actor technical = fixtures.user(world, "congdulieu", Role.SECRETARIAT, null);
        ApiClient api = ApiClient.on(port);
        ApiClient admin = api.as(fixtures.user(world, "quantri", Role.ADMIN, null).username());

        String token = admin.post("/api/admin/users/" + technical.username() + "/tokens",
                json("name", "Tích hợp", "expiresAt", "2026-03-10T00:00:00+07:00")).expect(201).path("token").asText();
        assertThat(api.withToken(token).get("/api/me").expect(200).path("username").asText())
                .isEqualTo(technical.username());
        api.as(world.leader().username()).post("/api/admin/users/" + technical.username() + "/tokens",
                json("name", "x", "expiresAt", "2026-03-10T00:00:00+07:00")).expect(403);

        time.startAt(LocalDate.of(2026, 3, 10), 9, 0);
        Problems.problem(api.withToken(token).get("/api/me"), 401);
        Problems.problem(api.withToken("chd_" + "A".repeat(43)).get("/api/me"), 401);
        Problems.problem(api.withToken("not-a-token").get("/api/me"), 401);

        String fresh = admin.post("/api/admin/users/" + technical.username() + "/tokens",
                json("name", "Tích hợp 2", "expiresAt", "2026-04-01T00:00:00+07:00")).expect(201).path("token").asText();
        // Seen valid just now (and so remembered for a few seconds), the token still follows its owner's changes.
        assertThat(api.withToken(fresh).get("/api/me").expect(200).path("roles").toString()).contains("SECRETARIAT");
        admin.put("/api/admin/users/" + technical.username(), json("displayName", "Cổng dữ liệu",
                "roles", java.util.List.of("LEADER"), "enabled", true)).expect(200);
        assertThat(api.withToken(fresh).get("/api/me").expect(200).path("roles").toString())
                .contains("LEADER").doesNotContain("SECRETARIAT");
        admin.put("/api/admin/users/" + technical.username(), json("displayName", "Cổng dữ liệu",
                "roles", java.util.List.of("LEADER"), "enabled", false)).expect(200);
        Problems.problem(api.withToken(fresh).get("/api/me"), 401);

        ApiClient owner = api.as(world.leader().username());
        assertThat(Problems.invalidFields(owner.post("/api/me/tokens",
                json("name", "", "expiresAt", "2026-04-01T00:00:00+07:00")))).containsExactly("name");
        assertThat(Problems.invalidFields(owner.post("/api/me/tokens",
                json("name", "Cũ", "expiresAt", "2026-03-01T00:00:00+07:00")))).containsExactly("expiresAt");
        assertThat(Problems.invalidFields(owner.post("/api/me/tokens",
                json("name", "Quá dài", "expiresAt", "2028-03-01T00:00:00+07:00")))).containsExactly("expiresAt");
        assertThat(owner.get("/api/me/tokens").expect(200)).isEmpty();
    }
}
