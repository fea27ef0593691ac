package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;

/**
 * A client that knows only the REST contract sets up a government, then carries one directive from draft to
 * done, checking /api/tasks of every role at every step, the register's filters and the history.
 */
@ChidaoTest
class WholePathApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "mat-khau-1";

    @LocalServerPort
    int port;

    ApiClient secretariat;
    ApiClient leader;
    ApiClient focalPoint;
    ApiClient districtFocalPoint;
    ApiClient unitHead;
    String code;
    String prefix;
    LocalDate meeting;
    LocalDate deadline;

    @Test
    void aClientThatKnowsOnlyTheContractCarriesADirectiveFromDraftToDone() {
        adminSetsUpAGovernmentWithUnitsAndUsers();
        long conclusion = theSecretariatDraftsAndSubmitsAndALeaderApproves();
        JsonNode assignments = secretariat.get("/api/conclusions/" + conclusion).expect(200)
                .path("directives").get(0).path("assignments");
        long lead = assignments.get(0).path("id").asLong();
        long coordinating = assignments.get(1).path("id").asLong();
        eachUnitFindsItsTaskAndTheRegisterFilters(conclusion, lead, coordinating);
        theLeadUnitCarriesItOutAndTheSecretariatAccepts(lead);

        JsonNode history = focalPoint.get("/api/assignments/" + lead).expect(200).path("history");
        assertThat(texts(history, "action")).containsExactly("ASSIGNED", "ACKNOWLEDGED", "PROGRESS", "REPORTED", "ACCEPTED");
        assertThat(texts(history, "user"))
                .containsExactly(prefix + ".ld", prefix + ".dm", prefix + ".dm", prefix + ".dm", prefix + ".vp");
        assertThat(history.get(2).path("comment").asText()).contains("60%").contains("Đã có dự thảo");
        assertThat(texts(history, "at")).allSatisfy(at -> assertThat(at).endsWith("+07:00"));
        JsonNode finalAssignment = secretariat.get("/api/conclusions/" + conclusion).expect(200)
                .path("directives").get(0).path("assignments").get(0);
        assertThat(finalAssignment.path("status").asText()).isEqualTo("DONE");
        assertThat(finalAssignment.path("timeliness").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(ids(secretariat.get("/api/assignments?timeliness=DONE_ON_TIME").expect(200))).containsExactly(lead);
        assertThat(ids(secretariat.get("/api/assignments?timeliness=OPEN_ON_TIME").expect(200)))
                .containsExactly(coordinating);
    }

    private void adminSetsUpAGovernmentWithUnitsAndUsers() {
        ApiClient api = ApiClient.on(port);
        code = "API" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6) + SEQUENCE.incrementAndGet();
        prefix = code.toLowerCase();
        ApiClient admin = api.as("admin", "test-admin");

        JsonNode government = admin.post("/api/admin/governments", json("code", code, "name", "Tỉnh " + code)).expect(201);
        assertThat(government.path("code").asText()).isEqualTo(code);
        admin.post("/api/admin/units", unit(code, "STTTT", "Sở Thông tin và Truyền thông", "DEPARTMENT", null)).expect(201);
        admin.post("/api/admin/units", unit(code, "SKHCN", "Sở Khoa học và Công nghệ", "DEPARTMENT", null)).expect(201);
        JsonNode district = admin.post("/api/admin/units", unit(code, "HLONG", "TP Hạ Long", "DISTRICT", null)).expect(201);
        assertThat(district.path("kind").asText()).isEqualTo("DISTRICT");
        createUser(admin, prefix + ".vp", "SECRETARIAT", code, null);
        createUser(admin, prefix + ".ld", "LEADER", code, null);
        createUser(admin, prefix + ".dm", "FOCAL_POINT", code, "STTTT");
        createUser(admin, prefix + ".dmhl", "FOCAL_POINT", code, "HLONG");
        createUser(admin, prefix + ".lddv", "UNIT_HEAD", code, "STTTT");
        secretariat = api.as(prefix + ".vp", PASSWORD);
        leader = api.as(prefix + ".ld", PASSWORD);
        focalPoint = api.as(prefix + ".dm", PASSWORD);
        districtFocalPoint = api.as(prefix + ".dmhl", PASSWORD);
        unitHead = api.as(prefix + ".lddv", PASSWORD);

        JsonNode me = focalPoint.get("/api/me").expect(200);
        assertThat(me.path("username").asText()).isEqualTo(prefix + ".dm");
        assertThat(me.path("displayName").asText()).isEqualTo("Cán bộ " + prefix + ".dm");
        assertThat(texts(me.path("roles"))).containsExactly("FOCAL_POINT");
        assertThat(me.path("governmentCode").asText()).isEqualTo(code);
        assertThat(me.path("unitCode").asText()).isEqualTo("STTTT");
        assertThat(texts(secretariat.get("/api/units").expect(200), "code"))
                .containsExactlyInAnyOrder("STTTT", "SKHCN", "HLONG");
    }

    private long theSecretariatDraftsAndSubmitsAndALeaderApproves() {
        meeting = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        deadline = meeting.plusDays(30);
        JsonNode draft = secretariat.post("/api/conclusions", json("committee", "Ban Chỉ đạo chuyển đổi số",
                "meetingDate", meeting.toString(), "title", "Kết luận phiên họp thứ 2", "directives", List.of(
                        json("content", "Xây dựng kế hoạch chuyển đổi số", "leadUnit", "STTTT",
                                "coordinatingUnits", List.of("HLONG"), "deadline", deadline.toString(),
                                "ongoing", false, "leaderSignOff", false)))).expect(201);
        long id = draft.path("id").asLong();
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("directives").get(0).path("id").asLong()).isPositive();
        assertThat(tasks(leader)).isEmpty();

        assertThat(secretariat.post("/api/conclusions/" + id + "/submit").expect(200).path("status").asText())
                .isEqualTo("AWAITING_APPROVAL");
        assertThat(tasks(leader)).containsExactly("APPROVE_CONCLUSION:" + id);
        assertThat(tasks(secretariat)).isEmpty();

        JsonNode issued = leader.post("/api/conclusions/" + id + "/approve", json("number", null)).expect(200);
        assertThat(issued.path("status").asText()).isEqualTo("ISSUED");
        assertThat(issued.path("number").asText()).isEqualTo("1/TB-UBND");
        assertThat(tasks(leader)).isEmpty();
        JsonNode assignments = issued.path("directives").get(0).path("assignments");
        assertThat(texts(assignments, "unitCode")).containsExactly("STTTT", "HLONG");
        assertThat(texts(assignments, "role")).containsExactly("LEAD", "COORDINATE");
        assertThat(texts(assignments, "status")).containsExactly("ASSIGNED", "ASSIGNED");
        assertThat(texts(assignments, "timeliness")).containsExactly("OPEN_ON_TIME", "OPEN_ON_TIME");
        List<String> deadlines = texts(assignments, "deadline");
        assertThat(deadlines.get(0)).isEqualTo(deadline.toString());
        // the coordinating unit's contribution is due 3 working days before the lead's deadline: 3 to 14 days
        assertThat(LocalDate.parse(deadlines.get(1))).isBetween(deadline.minusDays(14), deadline.minusDays(3));
        assertThat(texts(assignments, "originalDeadline")).isEqualTo(deadlines);
        return id;
    }

    private void eachUnitFindsItsTaskAndTheRegisterFilters(long conclusion, long lead, long coordinating) {
        JsonNode acknowledgeTask = focalPoint.get("/api/tasks").expect(200).get(0);
        assertThat(acknowledgeTask.path("kind").asText()).isEqualTo("ACKNOWLEDGE");
        assertThat(acknowledgeTask.path("assignmentId").asLong()).isEqualTo(lead);
        assertThat(acknowledgeTask.path("conclusionId").asLong()).isEqualTo(conclusion);
        assertThat(acknowledgeTask.path("title").asText()).isEqualTo("Xây dựng kế hoạch chuyển đổi số");
        assertThat(acknowledgeTask.path("unitCode").asText()).isEqualTo("STTTT");
        assertThat(acknowledgeTask.path("deadline").asText()).isEqualTo(deadline.toString());
        assertThat(acknowledgeTask.path("taskId").asText()).isNotBlank();
        assertThat(tasks(districtFocalPoint)).containsExactly("ACKNOWLEDGE:" + coordinating);
        assertThat(tasks(unitHead)).isEmpty();

        JsonNode register = secretariat.get("/api/assignments?size=1").expect(200);
        assertThat(register.path("total").asLong()).isEqualTo(2);
        assertThat(register.path("items")).hasSize(1);
        assertThat(ids(secretariat.get("/api/assignments?unit=STTTT").expect(200))).containsExactly(lead);
        assertThat(ids(secretariat.get("/api/assignments?status=ASSIGNED").expect(200)))
                .containsExactlyInAnyOrder(lead, coordinating);
        assertThat(ids(unitHead.get("/api/assignments").expect(200))).containsExactly(lead);
    }

    private void theLeadUnitCarriesItOutAndTheSecretariatAccepts(long lead) {
        String at = "/api/assignments/" + lead;
        assertThat(focalPoint.post(at + "/acknowledge").expect(200).path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(tasks(focalPoint)).containsExactly("REPORT:" + lead);
        assertThat(focalPoint.post(at + "/progress", json("percent", 60, "note", "Đã có dự thảo"))
                .expect(200).path("progressPercent").asInt()).isEqualTo(60);
        assertThat(ids(secretariat.get("/api/assignments?status=IN_PROGRESS&timeliness=OPEN_ON_TIME&page=0&size=20")
                .expect(200))).containsExactly(lead);
        assertThat(focalPoint.post(at + "/report", json("report", "Đã ban hành kế hoạch"))
                .expect(200).path("status").asText()).isEqualTo("AWAITING_REVIEW");
        assertThat(tasks(focalPoint)).isEmpty();
        assertThat(tasks(secretariat)).containsExactly("REVIEW:" + lead);

        JsonNode done = secretariat.post(at + "/review", json("decision", "ACCEPT", "comment", null)).expect(200);
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("timeliness").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(tasks(secretariat)).isEmpty();
        assertThat(tasks(focalPoint)).isEmpty();
    }

    private static Map<String, Object> unit(String government, String code, String name, String kind,
                                                      String parent) {
        return json("governmentCode", government, "code", code, "name", name, "kind", kind, "parentCode", parent);
    }

    private static void createUser(ApiClient admin, String username, String role, String government, String unit) {
        JsonNode created = admin.post("/api/admin/users", json("username", username, "password", PASSWORD,
                "displayName", "Cán bộ " + username, "roles", List.of(role), "governmentCode", government,
                "unitCode", unit, "email", username + "@example.vn")).expect(201);
        assertThat(created.path("username").asText()).isEqualTo(username);
        assertThat(created.has("password")).isFalse();
    }

    /** The caller's open tasks as "KIND:assignmentId" (or "KIND:conclusionId" for conclusion tasks). */
    private static List<String> tasks(ApiClient client) {
        List<String> found = new ArrayList<>();
        for (JsonNode task : client.get("/api/tasks").expect(200)) {
            JsonNode subject = task.path("assignmentId").isNull() ? task.path("conclusionId") : task.path("assignmentId");
            found.add(task.path("kind").asText() + ":" + subject.asLong());
        }
        return found;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        assertThat(page.path("total").asLong()).isEqualTo(ids.size());
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
