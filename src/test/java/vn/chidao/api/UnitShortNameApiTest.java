package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Over HTTP, a unit's optional short name: given when the unit is created, listed with the units, kept by a change
 * that leaves it out, removed by an empty one, refused past 50 characters.
 */
@ChidaoTest
class UnitShortNameApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    World world;
    ApiClient admin;

    @BeforeEach
    void newWorld() {
        world = fixtures.newWorld();
        admin = ApiClient.on(port).as(fixtures.user(world, "qt", Role.ADMIN, null).username());
    }

    @Test
    void aUnitsShortNameIsGivenListedKeptAndRemoved() {
        JsonNode created = admin.post("/api/admin/units", json("governmentCode", world.government().code(),
                "code", "STTTT", "name", "Sở Thông tin và Truyền thông", "shortName", " Sở TT&TT ",
                "kind", "DEPARTMENT", "parentCode", null)).expect(201);
        assertThat(created.path("shortName").asText()).isEqualTo("Sở TT&TT");

        JsonNode units = ApiClient.on(port).as(world.secretariat().username()).get("/api/units").expect(200);
        assertThat(unit(units, "STTTT").path("shortName").asText()).isEqualTo("Sở TT&TT");
        assertThat(unit(units, World.SO_A).has("shortName")).isTrue();
        assertThat(unit(units, World.SO_A).path("shortName").isNull()).as("a unit without one").isTrue();

        JsonNode renamed = admin.put("/api/admin/units/STTTT", json("name", "Sở TT và TT")).expect(200);
        assertThat(renamed.path("name").asText()).isEqualTo("Sở TT và TT");
        assertThat(renamed.path("shortName").asText()).as("left out: kept").isEqualTo("Sở TT&TT");
        JsonNode changed = admin.put("/api/admin/units/STTTT", json("name", "Sở TT và TT", "shortName", "Sở 4T"))
                .expect(200);
        assertThat(changed.path("shortName").asText()).isEqualTo("Sở 4T");
        JsonNode removed = admin.put("/api/admin/units/STTTT", json("name", "Sở TT và TT", "shortName", ""))
                .expect(200);
        assertThat(removed.path("shortName").isNull()).as("empty: removed").isTrue();

        String tooLong = "S".repeat(51);
        assertThat(invalidFields(admin.put("/api/admin/units/STTTT", json("name", "Sở TT và TT",
                "shortName", tooLong)))).containsExactly("shortName");
        assertThat(invalidFields(admin.post("/api/admin/units", json("governmentCode", world.government().code(),
                "code", "SYT", "name", "Sở Y tế", "shortName", tooLong, "kind", "DEPARTMENT"))))
                .containsExactly("shortName");
        assertThat(admin.post("/api/admin/units", json("governmentCode", world.government().code(),
                "code", "SYT", "name", "Sở Y tế", "shortName", "S".repeat(50), "kind", "DEPARTMENT")).expect(201)
                .path("shortName").asText()).hasSize(50);
    }

    private static JsonNode unit(JsonNode units, String code) {
        for (JsonNode unit : units) {
            if (unit.path("code").asText().equals(code)) {
                return unit;
            }
        }
        throw new AssertionError("No unit " + code + " in " + units);
    }
}
