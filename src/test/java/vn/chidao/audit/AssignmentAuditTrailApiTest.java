package vn.chidao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The "done when": an admin answers who changed an assignment and when. Over HTTP, a leader issues the
 * notice, the unit acknowledges, asks for more time and reports, the secretariat grants the extension, a substitute
 * of the secretariat returns the report, the unit reports again and the secretariat accepts; the audit trail of the
 * assignment lists each change with its user, for whom the substitute acted, and the values before and after.
 */
@ChidaoTest
class AssignmentAuditTrailApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void everyChangeOfAnAssignmentShowsWhoForWhomWhenAndTheValuesBeforeAndAfter() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        World world = fixtures.newWorld();
        Actor deputy = fixtures.user(world, "vp2", Role.SECRETARIAT, null);
        ApiClient api = ApiClient.on(port);
        ApiClient secretariat = api.as(world.secretariat().username());
        ApiClient leader = api.as(world.leader().username());
        ApiClient unit = api.as(world.focalPoint(World.SO_A).username());
        ApiClient substitute = api.as(deputy.username());
        long conclusion = secretariat.post("/api/conclusions", json("committee", "Ban Chỉ đạo chuyển đổi số",
                "meetingDate", "2026-02-27", "title", "Kết luận", "directives", List.of(json("content",
                        "Số hoá hồ sơ đất đai", "leadUnit", World.SO_A, "coordinatingUnits", List.of(),
                        "deadline", "2026-03-20")))).expect(201).path("id").asLong();
        secretariat.post("/api/conclusions/" + conclusion + "/submit").expect(200);
        long id = leader.post("/api/conclusions/" + conclusion + "/approve", json("number", null)).expect(200)
                .path("directives").get(0).path("assignments").get(0).path("id").asLong();
        String at = "/api/assignments/" + id;

        unit.post(at + "/acknowledge").expect(200);
        unit.post(at + "/extension", json("newDeadline", "2026-03-31", "reason", "Chờ số liệu")).expect(200);
        time.startAt(LocalDate.of(2026, 3, 3), 10, 30);
        secretariat.post(at + "/extension/decision", json("approve", true, "comment", "Đồng ý")).expect(200);
        unit.post(at + "/report", json("report", "Đã số hoá 80%")).expect(200);
        secretariat.post("/api/me/substitutes", json("username", deputy.username(), "from", "2026-03-04",
                "to", "2026-03-06")).expect(201);
        time.startAt(LocalDate.of(2026, 3, 4), 14, 15);
        substitute.post(at + "/review", json("decision", "RETURN", "comment", "Chưa đủ")).expect(200);
        unit.post(at + "/report", json("report", "Đã số hoá 100%")).expect(200);
        time.startAt(LocalDate.of(2026, 3, 9), 8, 0);
        secretariat.post(at + "/review", json("decision", "ACCEPT")).expect(200);

        JsonNode trail = api.as("admin", "test-admin")
                .get("/api/admin/audit?entity=Assignment&entityId=" + id).expect(200);
        List<String> lines = new ArrayList<>();
        for (JsonNode item : trail.path("items")) {
            lines.add(0, line(item));
        }
        String vp = world.secretariat().username();
        String dm = world.focalPoint(World.SO_A).username();
        assertThat(lines).as(trail.toPrettyString()).containsExactly(
                "02/03/2026 09:00 " + world.leader().username() + " - CREATED status=ASSIGNED",
                "02/03/2026 09:00 " + dm + " - CHANGED status: ASSIGNED→IN_PROGRESS",
                "03/03/2026 10:30 " + vp + " - CHANGED deadline: 2026-03-20→2026-03-31",
                "03/03/2026 10:30 " + dm + " - CHANGED status: IN_PROGRESS→AWAITING_REVIEW",
                "04/03/2026 14:15 " + deputy.username() + " " + vp + " CHANGED status: AWAITING_REVIEW→IN_PROGRESS",
                "04/03/2026 14:15 " + dm + " - CHANGED status: IN_PROGRESS→AWAITING_REVIEW",
                "09/03/2026 08:00 " + vp + " - CHANGED status: AWAITING_REVIEW→DONE");
        assertThat(trail.path("total").asLong()).isEqualTo(7);
        JsonNode firstReport = trail.path("items").get(3);
        assertThat(firstReport.path("before").path("report").isNull()).isTrue();
        assertThat(firstReport.path("after").path("report").asText()).isEqualTo("Đã số hoá 80%");
        assertThat(firstReport.path("after").path("reportedAt").asText()).isEqualTo("2026-03-03T10:30+07:00");
        JsonNode secondReport = trail.path("items").get(1);
        assertThat(secondReport.path("before").path("report").asText()).isEqualTo("Đã số hoá 80%");
        assertThat(secondReport.path("after").path("report").asText()).isEqualTo("Đã số hoá 100%");
        assertThat(trail.path("items").get(0).path("after").path("progressPercent").asInt()).isEqualTo(100);

        JsonNode forTheSecretariat = api.as("admin", "test-admin")
                .get("/api/admin/audit?entity=Assignment&entityId=" + id + "&user=" + vp).expect(200);
        assertThat(forTheSecretariat.path("total").asLong()).as("what the secretariat did, or was done for it").isEqualTo(3);
        assertThat(forTheSecretariat.path("items").get(1).path("user").asText()).isEqualTo(deputy.username());

        JsonNode extension = api.as("admin", "test-admin").get("/api/admin/audit?entity=ExtensionRequest&user=" + vp)
                .expect(200).path("items");
        assertThat(extension).hasSize(1);
        assertThat(extension.get(0).path("before").path("status").asText()).isEqualTo("PENDING");
        assertThat(extension.get(0).path("after").path("status").asText()).isEqualTo("APPROVED");
        assertThat(extension.get(0).path("after").path("decidedBy").asText()).isEqualTo(vp);
    }

    /** "dd/MM/yyyy HH:mm user onBehalfOf ACTION changes", the status (and deadline) the only fields shown. */
    private static String line(JsonNode item) {
        String at = item.path("at").asText();
        String when = at.substring(8, 10) + "/" + at.substring(5, 7) + "/" + at.substring(0, 4) + " "
                + at.substring(11, 16);
        String onBehalfOf = item.path("onBehalfOf").isNull() ? "-" : item.path("onBehalfOf").asText();
        String action = item.path("action").asText();
        String changes;
        if (action.equals("CREATED")) {
            changes = "status=" + item.path("after").path("status").asText();
        } else if (item.path("after").has("deadline")) {
            changes = "deadline: " + item.path("before").path("deadline").asText() + "→"
                    + item.path("after").path("deadline").asText();
        } else {
            changes = "status: " + item.path("before").path("status").asText() + "→"
                    + item.path("after").path("status").asText();
        }
        return when + " " + item.path("user").asText() + " " + onBehalfOf + " " + action + " " + changes;
    }
}
