package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Over HTTP, the administrators' changes: a unit renamed and moved, with one invalid body (400, naming the field)
 * and one caller who may not (403).
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

    private ApiClient as(Actor actor) {
        return api.as(actor.username());
    }
}
