package vn.chidao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.sheet.Spreadsheet;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Problems;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * {@code GET /api/admin/audit} and {@code /api/admin/audit.xlsx} over HTTP: administrators only, a government's
 * admin its own government's records; the filters and pages; secrets recorded only as changed; the export opened
 * as a spreadsheet; and what the engine's jobs change is the system's even when an admin's move of the clock runs them.
 */
@ChidaoTest
class AuditApiTest {

    static final String ADMIN_PASSWORD = "test-admin";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    ApiClient installationAdmin;

    @BeforeEach
    void client() {
        api = ApiClient.on(port);
        installationAdmin = api.as("admin", ADMIN_PASSWORD);
        time.startAt(LocalDate.of(2026, 4, 6), 9, 0);
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void onlyAdministratorsReadTheTrailAndAGovernmentsAdminOnlyItsGovernmentsRecords() {
        World a = fixtures.newWorld();
        World b = fixtures.newWorld();
        ApiClient adminA = api.as(fixtures.user(a, "qt", Role.ADMIN, null).username());
        ApiClient adminB = api.as(fixtures.user(b, "qt", Role.ADMIN, null).username());
        String inA = newUser(adminA, a, "moi");
        String inB = newUser(adminB, b, "moi");
        installationAdmin.post("/api/admin/clock", json("now", "2026-04-06T09:05:00+07:00")).expect(200);

        assertThat(entityIds(adminA.get("/api/admin/audit?entity=AppUser&size=200").expect(200)))
                .contains(idOf(inA)).doesNotContain(idOf(inB));
        assertThat(entityIds(adminB.get("/api/admin/audit?entity=AppUser&size=200").expect(200)))
                .contains(idOf(inB)).doesNotContain(idOf(inA));
        // Filtered by id: the suite's other tests leave many users' records, some at later times of the clock.
        assertThat(entityIds(installationAdmin.get("/api/admin/audit?entity=AppUser&entityId=" + idOf(inA))
                .expect(200))).contains(idOf(inA));
        assertThat(entityIds(installationAdmin.get("/api/admin/audit?entity=AppUser&entityId=" + idOf(inB))
                .expect(200))).contains(idOf(inB));
        assertThat(adminA.get("/api/admin/audit?entity=ClockSetting").expect(200).path("total").asLong()).isZero();
        JsonNode clock = installationAdmin.get("/api/admin/audit?entity=ClockSetting&user=admin&size=200").expect(200);
        List<String> setTo = new ArrayList<>();
        clock.path("items").forEach(item -> setTo.add(item.path("after").path("setTo").asText()));
        assertThat(setTo).contains("2026-04-06T09:05+07:00");

        for (Actor nonAdmin : List.of(a.secretariat(), a.leader(), a.focalPoint(World.SO_A), a.unitHead(World.SO_A))) {
            Problems.problem(api.as(nonAdmin.username()).get("/api/admin/audit"), 403);
            assertThat(api.as(nonAdmin.username()).download("/api/admin/audit.xlsx").status()).isEqualTo(403);
        }
        assertThat(api.get("/api/admin/audit").status()).isEqualTo(401);
    }

    @Test
    void theTrailIsFilteredByUserEntityActionAndDaysAndReadAPageAtATime() {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        ApiClient admin = api.as(governmentAdmin.username());
        String first = newUser(admin, world, "mot");
        newUser(admin, world, "hai");
        time.startAt(LocalDate.of(2026, 4, 7), 10, 0);
        newUser(admin, world, "ba");
        admin.put("/api/admin/users/" + first, json("displayName", "Nguyễn Văn Một", "email", null,
                "roles", List.of("SECRETARIAT"), "unitCode", null, "enabled", true)).expect(200);
        String mine = "/api/admin/audit?user=" + governmentAdmin.username();

        JsonNode all = admin.get(mine).expect(200);
        assertThat(all.path("total").asLong()).isEqualTo(4);
        assertThat(texts(all.path("items"), "action")).containsExactly("CHANGED", "CREATED", "CREATED", "CREATED");
        assertThat(texts(all.path("items"), "user")).containsOnly(governmentAdmin.username());
        JsonNode renamed = all.path("items").get(0);
        assertThat(renamed.path("entity").asText()).isEqualTo("AppUser");
        assertThat(renamed.path("entityId").asText()).isEqualTo(idOf(first));
        assertThat(renamed.path("before").path("displayName").asText()).isEqualTo("Cán bộ " + first);
        assertThat(renamed.path("after").path("displayName").asText()).isEqualTo("Nguyễn Văn Một");
        assertThat(renamed.path("after").has("username")).as("unchanged fields are left out").isFalse();
        assertThat(renamed.path("onBehalfOf").isNull()).isTrue();
        assertThat(renamed.path("at").asText()).startsWith("2026-04-07T10:00").endsWith("+07:00");

        assertThat(admin.get(mine + "&action=CREATED").expect(200).path("total").asLong()).isEqualTo(3);
        assertThat(admin.get(mine + "&action=CHANGED&entity=AppUser&entityId=" + idOf(first)).expect(200)
                .path("total").asLong()).isEqualTo(1);
        assertThat(admin.get(mine + "&entity=Unit").expect(200).path("total").asLong()).isZero();
        assertThat(admin.get(mine + "&from=2026-04-07&to=2026-04-07").expect(200).path("total").asLong()).isEqualTo(2);
        assertThat(admin.get(mine + "&to=2026-04-06").expect(200).path("total").asLong()).isEqualTo(2);
        assertThat(admin.get(mine + "&from=2026-04-08").expect(200).path("total").asLong()).isZero();

        JsonNode page0 = admin.get(mine + "&page=0&size=3").expect(200);
        JsonNode page1 = admin.get(mine + "&page=1&size=3").expect(200);
        assertThat(page0.path("total").asLong()).isEqualTo(4);
        assertThat(page0.path("items")).hasSize(3);
        assertThat(page1.path("items")).hasSize(1);
        assertThat(page1.path("items").get(0).path("entityId").asText()).isEqualTo(idOf(first));
        assertThat(page1.path("items").get(0).path("action").asText()).isEqualTo("CREATED");
        assertThat(page0.path("items").get(0).fieldNames()).toIterable().containsExactly("at", "user",
                "onBehalfOf", "entity", "entityId", "action", "before", "after");

        assertThat(Problems.invalidFields(admin.get(mine + "&from=2026-04-07&to=2026-04-06"))).containsExactly("to");
        Problems.problem(admin.get(mine + "&action=REMOVED"), 400);
        assertThat(Problems.invalidFields(admin.get(mine + "&size=0"))).containsExactly("size");
    }

    @Test
    void passwordsTokensAndWebhookSecretsAreRecordedOnlyAsChanged() throws Exception {
        World world = fixtures.newWorld();
        ApiClient governmentAdmin = api.as(fixtures.user(world, "qt", Role.ADMIN, null).username());
        String user = world.focalPoint(World.SO_A).username();
        installationAdmin.post("/api/admin/users/" + user + "/password", json("password", "mat-khau-moi-1")).expect(200);
        String token = api.as(user, "mat-khau-moi-1").post("/api/me/tokens",
                json("name", "Cổng dữ liệu", "expiresAt", "2026-09-01T00:00:00+07:00")).expect(201).path("token").asText();
        governmentAdmin.put("/api/admin/webhook", json("url", "https://chat.example.vn/hook", "secret", "bi-mat-dau-0123456789",
                "enabled", true)).expect(200);
        governmentAdmin.put("/api/admin/webhook", json("url", "https://chat.example.vn/hook", "secret", "bi-mat-sau-0123456789",
                "enabled", true)).expect(200);

        ApiClient.Reply password = installationAdmin.get("/api/admin/audit?user=admin&entity=AppUser&entityId="
                + idOf(user));
        JsonNode changed = password.expect(200).path("items").get(0);
        assertThat(changed.path("action").asText()).isEqualTo("CHANGED");
        assertThat(changed.path("after").path("passwordHash").asText()).isEqualTo("changed");
        assertThat(changed.path("before").has("passwordHash")).isFalse();
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, user);
        assertThat(password.text()).doesNotContain(hash).doesNotContain("mat-khau-moi-1");

        ApiClient.Reply tokens = installationAdmin.get("/api/admin/audit?entity=ApiToken&user=" + user);
        JsonNode created = tokens.expect(200).path("items").get(0);
        assertThat(created.path("action").asText()).isEqualTo("CREATED");
        assertThat(created.path("after").path("name").asText()).isEqualTo("Cổng dữ liệu");
        assertThat(created.path("after").path("tokenHash").asText()).isEqualTo("changed");
        String tokenHash = jdbc.queryForObject("select token_hash from api_token where username = ?", String.class, user);
        assertThat(tokens.text()).doesNotContain(tokenHash).doesNotContain(token);

        ApiClient.Reply webhooks = governmentAdmin.get("/api/admin/audit?entity=Webhook");
        JsonNode hooks = webhooks.expect(200).path("items");
        assertThat(texts(hooks, "action")).containsExactly("CHANGED", "CREATED");
        assertThat(hooks.get(0).path("after").toString()).isEqualTo("{\"secret\":\"changed\"}");
        assertThat(hooks.get(0).path("before").toString()).isEqualTo("{}");
        assertThat(hooks.get(1).path("after").path("secret").asText()).isEqualTo("changed");
        assertThat(hooks.get(1).path("after").path("url").asText()).isEqualTo("https://chat.example.vn/hook");
        assertThat(webhooks.text()).doesNotContain("bi-mat-dau-0123456789").doesNotContain("bi-mat-sau-0123456789");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where before_json like ? or after_json like ?"
                + " or after_json like ? or after_json like ?", Long.class, "%" + hash + "%", "%" + hash + "%",
                "%" + tokenHash + "%", "%bi-mat-%")).isZero();
    }

    @Test
    void aPersonsNotificationChoicesAreRecordedOneByOne() {
        World world = fixtures.newWorld();
        String user = world.leader().username();
        ApiClient leader = api.as(user);
        leader.put("/api/me/preferences", json("choices", Map.of("REMINDER", "DIGEST"))).expect(200);
        leader.put("/api/me/preferences", json("choices", Map.of("REMINDER", "IN_APP"))).expect(200);
        leader.put("/api/me/preferences", json("choices", Map.of("REMINDER", "IMMEDIATE"))).expect(200);

        JsonNode items = installationAdmin.get("/api/admin/audit?entity=NotificationChoice&user=" + user).expect(200)
                .path("items");
        assertThat(texts(items, "entityId")).containsOnly(user + "/REMINDER");
        assertThat(texts(items, "action")).containsExactly("DELETED", "CHANGED", "CREATED");
        assertThat(items.get(2).path("after").path("mode").asText()).isEqualTo("DIGEST");
        assertThat(items.get(1).path("before").path("mode").asText()).isEqualTo("DIGEST");
        assertThat(items.get(1).path("after").path("mode").asText()).isEqualTo("IN_APP");
        assertThat(items.get(0).path("before").path("mode").asText()).isEqualTo("IN_APP");
        assertThat(items.get(0).path("after").isNull()).isTrue();
    }

    @Test
    void theExportIsASpreadsheetOfTheFilteredChangesInWords() throws IOException {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
        ApiClient admin = api.as(governmentAdmin.username());
        String created = newUser(admin, world, "xuat");
        admin.put("/api/admin/users/" + created, json("displayName", "Trần Thị Xuất", "email", null,
                "roles", List.of("LEADER"), "unitCode", null, "enabled", false)).expect(200);

        ApiClient.Download download = admin.download("/api/admin/audit.xlsx?entity=AppUser&user="
                + governmentAdmin.username());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().getContentType()).hasToString(Spreadsheet.CONTENT_TYPE);
        assertThat(download.headers().getContentDisposition().getFilename()).isEqualTo("nhat-ky-thay-doi-2026-04-06.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(1))).startsWith("Thời điểm", "Người thực hiện", "Thay mặt");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> changed = cells(sheet.getRow(2));
            assertThat(changed.subList(0, 7)).containsExactly("06/04/2026 09:00", governmentAdmin.username(), "",
                    world.government().code(), "Người dùng", idOf(created), "Thay đổi");
            assertThat(changed.get(7)).contains("Họ tên: Cán bộ " + created + " → Trần Thị Xuất")
                    .contains("Đang hoạt động: có → không").contains("Vai trò: FOCAL_POINT → LEADER");
            assertThat(cells(sheet.getRow(3)).get(6)).isEqualTo("Tạo mới");
        }
        assertThat(admin.download("/api/admin/audit.xlsx?from=2026-04-07&to=2026-04-06").status()).isEqualTo(400);
    }

    @Test
    void whatTheEnginesJobsChangeIsTheSystemsEvenWhenAnAdminsMoveOfTheClockRunsThem() {
        // The unit opens its first reporting period by acknowledging; the period's timer marks it missed a week on.
        World world = fixtures.newWorld();
        ApiClient secretariat = api.as(world.secretariat().username());
        long conclusion = secretariat.post("/api/conclusions", json("committee", "Ban Chỉ đạo chuyển đổi số",
                "meetingDate", "2026-04-03", "title", "Kết luận", "directives", List.of(json("content",
                        "Báo cáo tiến độ hằng tuần", "leadUnit", World.SO_A, "coordinatingUnits", List.of(),
                        "deadline", null, "ongoing", true, "reportEvery", "P1W")))).expect(201).path("id").asLong();
        secretariat.post("/api/conclusions/" + conclusion + "/submit").expect(200);
        long assignment = api.as(world.leader().username()).post("/api/conclusions/" + conclusion + "/approve",
                json("number", null)).expect(200).path("directives").get(0).path("assignments").get(0).path("id").asLong();
        api.as(world.focalPoint(World.SO_A).username()).post("/api/assignments/" + assignment + "/acknowledge")
                .expect(200);

        installationAdmin.post("/api/admin/clock", json("now", "2026-04-22T09:00:00+07:00")).expect(200);

        JsonNode periods = installationAdmin.get("/api/admin/audit?entity=PeriodicReport&size=200").expect(200);
        List<String> ids = new ArrayList<>();
        periods.path("items").forEach(item -> {
            if (item.path("action").asText().equals("CREATED")
                    && item.path("after").path("assignmentId").asLong() == assignment) {
                ids.add(item.path("entityId").asText());
            }
        });
        List<String> changes = new ArrayList<>();
        periods.path("items").forEach(item -> {
            if (ids.contains(item.path("entityId").asText())) {
                changes.add(item.path("user").asText() + " " + item.path("action").asText() + " "
                        + item.path("after").fieldNames().next());
            }
        });
        assertThat(changes).as(periods.toPrettyString()).containsExactly("system CHANGED missedAt",
                world.focalPoint(World.SO_A).username() + " CREATED assignmentId");
        JsonNode clock = installationAdmin.get("/api/admin/audit?entity=ClockSetting").expect(200).path("items").get(0);
        assertThat(clock.path("user").asText()).isEqualTo("admin");
    }

    private String newUser(ApiClient admin, World world, String name) {
        String username = world.government().code().toLowerCase() + "." + name;
        admin.post("/api/admin/users", json("username", username, "password", Fixtures.PASSWORD,
                "displayName", "Cán bộ " + username, "roles", List.of("FOCAL_POINT"),
                "governmentCode", world.government().code(), "unitCode", World.SO_A)).expect(201);
        return username;
    }

    private String idOf(String username) {
        return String.valueOf(jdbc.queryForObject("select id from app_user where username = ?", Long.class, username));
    }

    private static List<String> entityIds(JsonNode page) {
        return texts(page.path("items"), "entityId");
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }
}
