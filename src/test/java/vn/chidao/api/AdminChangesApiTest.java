package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Over HTTP, the administrators' changes: a unit renamed and moved, a user changed, a password reset; each with
 * one invalid body (400, naming the field) and one caller who may not (403).
 */
@ChidaoTest
class AdminChangesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    ApiClient api;
    World world;
    Actor governmentAdmin;

    @BeforeEach
    void newWorld() {
        api = ApiClient.on(port);
        world = fixtures.newWorld();
        governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
    }

    @Test
    void aUnitIsRenamedAndMovedWithPut() {
        String code = world.government().code();
        JsonNode unit = api.as("admin", "test-admin").put("/api/admin/units/so_b?government=" + code,
                json("code", "SO_TTTT", "name", "Sở Thông tin và Truyền thông", "parentCode", World.SO_A)).expect(200);

        assertThat(unit.path("code").asText()).isEqualTo("SO_TTTT");
        assertThat(unit.path("name").asText()).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(unit.path("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(unit.path("parentCode").asText()).isEqualTo(World.SO_A);
        assertThat(invalidFields(as(governmentAdmin).put("/api/admin/units/" + World.SO_A,
                json("name", "Sở A", "parentCode", "SO_TTTT")))).containsExactly("parentCode");
        problem(as(world.secretariat()).put("/api/admin/units/" + World.SO_A, json("name", "Sở A mới")), 403);
        problem(as(governmentAdmin).put("/api/admin/units/SO_TTTT", json("code", World.SO_A, "name", "Trùng")), 409);
        assertThat(as(governmentAdmin).get("/api/units").expect(200).findValuesAsText("name")).contains("Sở A");
    }

    @Test
    void aUserIsChangedWithPut() {
        String focalPoint = world.focalPoint(World.SO_A).username();
        JsonNode user = as(governmentAdmin).put("/api/admin/users/" + focalPoint, json("displayName", "Lê Văn Đổi",
                "email", "doi@chidao.vn", "roles", List.of("FOCAL_POINT"), "unitCode", World.SO_B, "enabled", true))
                .expect(200);

        assertThat(user.path("displayName").asText()).isEqualTo("Lê Văn Đổi");
        assertThat(user.path("unitCode").asText()).isEqualTo(World.SO_B);
        assertThat(user.path("enabled").asBoolean()).isTrue();
        assertThat(invalidFields(as(governmentAdmin).put("/api/admin/users/" + governmentAdmin.username(),
                json("displayName", "Tôi", "roles", List.of("LEADER"))))).containsExactly("roles");
        World other = fixtures.newWorld();
        problem(as(fixtures.user(other, "qt", Role.ADMIN, null)).put("/api/admin/users/" + focalPoint,
                json("displayName", "Không được", "roles", List.of("LEADER"))), 404);
        assertThat(as(world.focalPoint(World.SO_A)).get("/api/me").expect(200).path("unitCode").asText())
                .isEqualTo(World.SO_B);
    }

    @Test
    void aPasswordIsResetToAGeneratedOneThatSignsIn() {
        String leader = world.leader().username();
        JsonNode reset = as(governmentAdmin).post("/api/admin/users/" + leader + "/password", json()).expect(200);

        assertThat(reset.path("generated").asBoolean()).isTrue();
        String password = reset.path("password").asText();
        assertThat(password).hasSize(12);
        assertThat(api.as(leader, password).get("/api/me").expect(200).path("username").asText()).isEqualTo(leader);
        problem(as(world.leader()).get("/api/me"), 401);
        assertThat(invalidFields(as(governmentAdmin).post("/api/admin/users/" + leader + "/password",
                json("password", "abc")))).containsExactly("password");
        problem(as(world.secretariat()).post("/api/admin/users/" + leader + "/password", json("password", "x1234")),
                403);
        api.as(leader, password).get("/api/me").expect(200);
    }

    private ApiClient as(Actor actor) {
        return api.as(actor.username());
    }
}
