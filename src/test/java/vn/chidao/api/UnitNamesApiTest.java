package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
 * Over HTTP, the names a unit goes by besides its own. Its optional short name: given when the unit is created,
 * listed with the units, kept by a change that leaves it out, removed by an empty one, refused past 50 characters.
 * Its other names (issue 14 item 4): an admin gives and replaces them, a rename keeps the former name among them, a
 * name another current unit goes by is refused, and the notice parser finds a unit by them.
 */
@ChidaoTest
class UnitNamesApiTest {

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

    @Test
    void aliasesAreGivenReplacedKeptAndCleaned() {
        JsonNode created = admin.post("/api/admin/units", json("governmentCode", world.government().code(),
                "code", "SKHCN", "name", "Sở Khoa học và Công nghệ", "kind", "DEPARTMENT",
                "aliases", List.of(" Sở  Khoa học ", "", "sở khoa hoc", "Sở Khoa học và Công nghệ"))).expect(201);
        assertThat(texts(created.path("aliases"))).as("trimmed; blanks, repeats and the own name dropped")
                .containsExactly("Sở Khoa học");

        JsonNode listed = ApiClient.on(port).as(world.secretariat().username()).get("/api/units").expect(200);
        assertThat(texts(unit(listed, "SKHCN").path("aliases"))).containsExactly("Sở Khoa học");
        assertThat(unit(listed, World.SO_A).path("aliases").isArray()).as("a unit without any: []").isTrue();

        JsonNode kept = admin.put("/api/admin/units/SKHCN", json("name", "Sở Khoa học và Công nghệ")).expect(200);
        assertThat(texts(kept.path("aliases"))).as("left out: kept").containsExactly("Sở Khoa học");
        JsonNode replaced = admin.put("/api/admin/units/SKHCN", json("name", "Sở Khoa học và Công nghệ",
                "aliases", List.of("Sở KHCN", "Sở Thông tin và Truyền thông"))).expect(200);
        assertThat(texts(replaced.path("aliases"))).containsExactly("Sở KHCN", "Sở Thông tin và Truyền thông");
        assertThat(texts(admin.put("/api/admin/units/SKHCN", json("name", "Sở Khoa học và Công nghệ",
                "aliases", List.of())).expect(200).path("aliases"))).as("empty: none").isEmpty();
    }

    @Test
    void aRenameKeepsTheFormerNameAmongTheAliases() {
        admin.post("/api/admin/units", json("governmentCode", world.government().code(), "code", "SBD",
                "name", "Sở Bưu điện", "kind", "DEPARTMENT", "aliases", List.of("Sở BĐ"))).expect(201);
        JsonNode renamed = admin.put("/api/admin/units/SBD", json("name", "Sở Bưu chính")).expect(200);
        assertThat(texts(renamed.path("aliases"))).containsExactly("Sở BĐ", "Sở Bưu điện");
        JsonNode back = admin.put("/api/admin/units/SBD", json("name", "Sở Bưu điện")).expect(200);
        assertThat(texts(back.path("aliases"))).as("its own name again: no longer an alias")
                .containsExactly("Sở BĐ", "Sở Bưu chính");
    }

    @Test
    void aNameAnotherCurrentUnitGoesByIsRefused() {
        JsonNode soA = unit(admin.get("/api/units").expect(200), World.SO_A);
        JsonNode refused = problem(admin.put("/api/admin/units/" + World.SO_B, json("name", "Sở B",
                "aliases", List.of("Tên khác", soA.path("name").asText().toUpperCase()))), 400);
        assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("aliases");
        assertThat(refused.path("errors").get(0).path("message").asText()).contains(soA.path("name").asText());
        assertThat(texts(unit(admin.get("/api/units").expect(200), World.SO_B).path("aliases")))
                .as("nothing written").isEmpty();
        assertThat(invalidFields(admin.post("/api/admin/units", json("governmentCode", world.government().code(),
                "code", "SYT", "name", "Sở Y tế", "kind", "DEPARTMENT", "aliases", List.of("x".repeat(101))))))
                .containsExactly("aliases");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("Tên " + i);
        }
        assertThat(invalidFields(admin.post("/api/admin/units", json("governmentCode", world.government().code(),
                "code", "SYT", "name", "Sở Y tế", "kind", "DEPARTMENT", "aliases", many)))).containsExactly("aliases");
    }

    @Test
    void theNoticeParserFindsAUnitByItsAliasesAndFormerName() {
        admin.post("/api/admin/units", json("governmentCode", world.government().code(), "code", "SKHCN",
                "name", "Sở Khoa học và Công nghệ", "kind", "DEPARTMENT", "aliases", List.of("Sở 4T"))).expect(201);
        admin.post("/api/admin/units", json("governmentCode", world.government().code(), "code", "SNV",
                "name", "Sở Tổ chức chính quyền", "kind", "DEPARTMENT")).expect(201);
        admin.put("/api/admin/units/SNV", json("name", "Sở Nội vụ")).expect(200);
        String notice = """
                THÔNG BÁO
                Kết luận của Chủ tịch UBND tỉnh tại phiên họp của Ban Chỉ đạo chuyển đổi số tỉnh

                Chủ tịch UBND tỉnh kết luận như sau:
                1. Sở 4T chủ trì xây dựng nền tảng dữ liệu dùng chung, hoàn thành trước ngày 15/12/2026.
                2. Sở Tổ chức chính quyền chủ trì rà soát vị trí việc làm, hoàn thành trước ngày 30/11/2026.
                """;
        JsonNode directives = ApiClient.on(port).as(world.secretariat().username())
                .post("/api/conclusions/parse", json("text", notice)).expect(200).path("draft").path("directives");
        assertThat(directives.get(0).path("leadUnit").asText()).as("by an alias").isEqualTo("SKHCN");
        assertThat(directives.get(1).path("leadUnit").asText()).as("by its former name").isEqualTo("SNV");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
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
