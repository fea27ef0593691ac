package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/** Over HTTP: the DTI indicators as reference data, and a directive's tags from the draft to its assignments. */
@ChidaoTest
class IndicatorApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    TimeTravel time;

    World world;
    ApiClient secretariat;
    LocalDate meeting;

    @BeforeEach
    void newWorld() {
        world = fixtures.newWorld();
        secretariat = ApiClient.on(port).as(world.secretariat().username());
        meeting = steps.today().minusDays(1);
    }

    @Test
    void theNineMainIndicatorsComeWithTheirWeightsOfDecision922() {
        JsonNode all = ApiClient.on(port).as(world.focalPoint(World.SO_A).username()).get("/api/indicators")
                .expect(200);
        List<String> main = new ArrayList<>();
        int points = 0;
        for (JsonNode i : all) {
            if (i.get("parentCode").isNull()) {
                main.add(i.get("code").asText() + " " + i.get("name").asText());
                points += i.get("weight").asInt();
            }
        }
        assertThat(main).containsExactly("DTI-1 Nhận thức số", "DTI-2 Thể chế số", "DTI-3 Hạ tầng số",
                "DTI-4 Nhân lực số", "DTI-5 An toàn thông tin mạng", "DTI-6 Đô thị thông minh",
                "DTI-7 Hoạt động chính quyền số", "DTI-8 Hoạt động kinh tế số", "DTI-9 Hoạt động xã hội số");
        assertThat(points).isEqualTo(1000);
        assertThat(all.size()).isGreaterThan(9);
    }

    @Test
    void aDirectivesTagsGoFromTheDraftToItsDetailsAndItsAssignments() {
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(meeting,
                Drafts.due(meeting.plusDays(20), World.SO_A).withIndicators(List.of("dti-7", "DTI-3.1")),
                Drafts.due(meeting.plusDays(20), World.SO_B)));

        JsonNode detail = secretariat.get("/api/conclusions/" + issued.id()).expect(200);
        assertThat(texts(detail.at("/directives/0/indicators"))).containsExactly("DTI-3.1", "DTI-7");
        assertThat(texts(detail.at("/directives/1/indicators"))).isEmpty();
        long assignment = issued.directives().get(0).assignments().get(0).id();
        JsonNode task = ApiClient.on(port).as(world.focalPoint(World.SO_A).username())
                .get("/api/assignments/" + assignment).expect(200);
        assertThat(texts(task.get("indicators"))).containsExactly("DTI-3.1", "DTI-7");
    }

    @Test
    void anUnknownIndicatorIs400OnTheDirectivesIndicators() {
        var draft = Drafts.conclusion(meeting, Drafts.due(meeting.plusDays(20), World.SO_A),
                Drafts.due(meeting.plusDays(20), World.SO_B).withIndicators(List.of("DTI-7", "DTI-99")));

        assertThat(invalidFields(secretariat.post("/api/conclusions", draft)))
                .containsExactly("directives[1].indicators");
    }

    @Test
    void theRegisterAndItsExportFilterByAnIndicatorAndItsSubIndicators() throws Exception {
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(meeting,
                Drafts.due(meeting.plusDays(20), World.SO_A).withIndicators(List.of("DTI-7.1")),
                Drafts.due(meeting.plusDays(20), World.SO_B).withIndicators(List.of("DTI-3", "DTI-7")),
                Drafts.due(meeting.plusDays(20), World.HUYEN_A)));

        assertThat(secretariat.get("/api/assignments?indicator=DTI-7").expect(200).path("items").findValuesAsText("unitCode"))
                .containsExactlyInAnyOrder(World.SO_A, World.SO_B);
        assertThat(secretariat.get("/api/assignments?indicator=dti-3").expect(200).path("items").findValuesAsText("unitCode"))
                .containsExactly(World.SO_B);
        assertThat(secretariat.get("/api/assignments?indicator=DTI-7.1").expect(200).path("items").findValuesAsText("unitCode"))
                .containsExactly(World.SO_A);
        assertThat(secretariat.get("/api/assignments?indicator=DTI-9").expect(200).path("items").findValuesAsText("unitCode")).isEmpty();
        assertThat(invalidFields(secretariat.get("/api/assignments?indicator=DTI-99"))).containsExactly("indicator");

        ApiClient.Download file = secretariat.download("/api/assignments/export.xlsx?indicator=DTI-3");
        assertThat(file.status()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(file.bytes()))) {
            List<String> cells = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
            assertThat(cells).contains("Chỉ số DTI", "DTI-3, DTI-7").doesNotContain("DTI-7.1");
        }
        assertThat(issued.directives()).hasSize(3);
    }

    @Test
    void theDashboardCountsOpenOverdueAndDoneLatePerMainIndicatorAsTheRegisterDoes() {
        time.startAt(LocalDate.of(2030, 5, 27), 9, 0);
        fixtures.issue(world, Drafts.conclusion(LocalDate.of(2030, 5, 26),
                Drafts.due(LocalDate.of(2030, 6, 1), World.SO_A).withIndicators(List.of("DTI-3")),
                Drafts.due(LocalDate.of(2030, 6, 20), World.SO_B).withIndicators(List.of("DTI-3.1", "DTI-7")),
                Drafts.due(LocalDate.of(2030, 6, 20), World.HUYEN_A)));
        time.startAt(LocalDate.of(2030, 6, 10), 10, 0);
        try {
            JsonNode figures = secretariat.get("/api/dashboard/indicators?from=2030-06-01&to=2030-06-30").expect(200);

            assertThat(figures).hasSize(9);
            Map<String, String> byCode = new java.util.LinkedHashMap<>();
            figures.forEach(f -> byCode.put(f.get("code").asText(), f.get("name").asText() + " "
                    + f.get("open").asLong() + "/" + f.get("overdue").asLong() + "/" + f.get("doneLate").asLong()));
            assertThat(byCode).containsEntry("DTI-3", "Hạ tầng số 1/1/0")
                    .containsEntry("DTI-7", "Hoạt động chính quyền số 1/0/0")
                    .containsEntry("DTI-9", "Hoạt động xã hội số 0/0/0");
            for (JsonNode f : figures) {
                String code = f.get("code").asText();
                assertThat(f.get("overdue").asLong()).as(code).isEqualTo(total("indicator=" + code
                        + "&timeliness=OPEN_OVERDUE&deadlineFrom=2030-06-01&deadlineTo=2030-06-30"));
                assertThat(f.get("open").asLong()).as(code).isEqualTo(total("indicator=" + code
                        + "&timeliness=OPEN_ON_TIME&deadlineFrom=2030-06-01&deadlineTo=2030-06-30"));
            }
            assertThat(secretariat.get("/api/dashboard/indicators?from=2030-07-01").expect(200).get(2).get("open")
                    .asLong()).isZero();
            assertThat(invalidFields(secretariat.get("/api/dashboard/indicators?from=2030-07-01&to=2030-06-01")))
                    .containsExactly("to");
        } finally {
            time.reset();
        }
    }

    private long total(String query) {
        return secretariat.get("/api/assignments?" + query).expect(200).get("total").asLong();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theInstallationAdministratorEditsAnIndicatorsNamesAndWeightAndTheChangeIsAudited() {
        ApiClient admin = ApiClient.on(port).as("admin", "test-admin");
        JsonNode before = indicator(admin, "DTI-7");
        try {
            JsonNode changed = admin.put("/api/admin/indicators/dti-7", json("name", " Chính quyền số ",
                    "nameEn", "Digital government", "weight", 160)).expect(200);
            assertThat(changed.path("name").asText()).isEqualTo("Chính quyền số");
            assertThat(changed.path("weight").asInt()).isEqualTo(160);
            JsonNode listed = indicator(ApiClient.on(port).as(world.focalPoint(World.SO_A).username()), "DTI-7");
            assertThat(listed.path("name").asText()).as("what everyone reads now").isEqualTo("Chính quyền số");
            assertThat(listed.path("parentCode").isNull()).isTrue();
            JsonNode audit = admin.get("/api/admin/audit?entity=Indicator&entityId=DTI-7").expect(200);
            assertThat(audit.path("total").asInt()).as("the change in the audit trail").isPositive();
            assertThat(audit.path("items").get(0).path("user").asText()).isEqualTo("admin");

            assertThat(invalidFields(admin.put("/api/admin/indicators/DTI-7", json("name", "", "nameEn", "x",
                    "weight", 1001)))).containsExactlyInAnyOrder("name", "weight");
            assertThat(invalidFields(admin.put("/api/admin/indicators/DTI-7.1", json("name", "Dịch vụ công",
                    "nameEn", "Online services", "weight", 10)))).as("a sub-indicator has no weight")
                    .containsExactly("weight");
            problem(admin.put("/api/admin/indicators/DTI-99", json("name", "x", "nameEn", "x")), 404);
            problem(ApiClient.on(port).as(fixtures.user(world, "qt", Role.ADMIN, null).username()).put("/api/admin/indicators/DTI-7",
                    json("name", "x", "nameEn", "x")), 403);
            problem(secretariat.put("/api/admin/indicators/DTI-7", json("name", "x", "nameEn", "x")), 403);
            assertThat(indicator(admin, "DTI-7").path("name").asText()).as("nothing written by a refusal")
                    .isEqualTo("Chính quyền số");
        } finally {
            admin.put("/api/admin/indicators/DTI-7", json("name", before.path("name").asText(),
                    "nameEn", before.path("nameEn").asText(), "weight", before.path("weight").asInt())).expect(200);
        }
    }

    private static JsonNode indicator(ApiClient client, String code) {
        for (JsonNode i : client.get("/api/indicators").expect(200)) {
            if (i.path("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("No indicator " + code);
    }
}
