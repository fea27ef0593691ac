package vn.chidao.api;

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
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * New and returned work is announced, each kind to the people whose turn it is, in Vietnamese and (with
 * Accept-Language: en) English: a notice waiting (leaders), a draft returned (secretariat), a new task (the unit's
 * focal points), a report waiting (secretariat), a result to sign off (leaders), a report returned (the unit), an
 * extension request withdrawn by a report (the deciders), a directive cancelled or closed (its units).
 */
@ChidaoTest
class AnnouncementsApiTest {

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
    void eachStepTellsThePeopleWhoseTurnItIs() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        World world = fixtures.newWorld();
        ApiClient api = ApiClient.on(port);
        ApiClient secretariat = api.as(world.secretariat().username());
        ApiClient leader = api.as(world.leader().username());
        ApiClient soA = api.as(world.focalPoint(World.SO_A).username());
        ApiClient headA = api.as(world.unitHead(World.SO_A).username());
        ApiClient soB = api.as(world.focalPoint(World.SO_B).username());
        ApiClient huyen = api.as(world.focalPoint(World.HUYEN_A).username());

        long conclusion = secretariat.post("/api/conclusions", json("committee", "Ban Chỉ đạo chuyển đổi số",
                "meetingDate", "2026-02-27", "title", "Kết luận phiên họp tháng 2", "directives", List.of(
                        json("content", "Xây dựng kho dữ liệu dùng chung", "leadUnit", World.SO_A,
                                "coordinatingUnits", List.of(World.HUYEN_A), "deadline", "2026-04-30",
                                "leaderSignOff", true),
                        json("content", "Báo cáo tiến độ chuyển đổi số hằng tháng", "leadUnit", World.SO_B,
                                "coordinatingUnits", List.of(), "ongoing", true, "reportEvery", "P1M"),
                        json("content", "Rà soát thủ tục hành chính cấp huyện", "leadUnit", World.HUYEN_A,
                                "coordinatingUnits", List.of(), "deadline", "2026-05-15"))))
                .expect(201).path("id").asLong();
        secretariat.post("/api/conclusions/" + conclusion + "/submit").expect(200);
        assertThat(kinds(leader)).containsExactly("APPROVAL_NEEDED");
        assertThat(texts(leader).get(0)).contains("Kết luận phiên họp tháng 2").contains("Ban Chỉ đạo chuyển đổi số");

        leader.post("/api/conclusions/" + conclusion + "/reject", json("comment", "Bổ sung thời hạn cụ thể")).expect(200);
        assertThat(kinds(secretariat)).containsExactly("DRAFT_REJECTED");
        assertThat(texts(secretariat).get(0)).contains("Bổ sung thời hạn cụ thể");
        secretariat.post("/api/conclusions/" + conclusion + "/submit").expect(200);
        JsonNode issued = leader.post("/api/conclusions/" + conclusion + "/approve", json("number", null)).expect(200);
        assertThat(kinds(leader)).containsExactly("APPROVAL_NEEDED", "APPROVAL_NEEDED");

        assertThat(kinds(soA)).containsExactly("TASK_ASSIGNED");
        assertThat(texts(soA).get(0)).contains("chủ trì").contains("Xây dựng kho dữ liệu dùng chung")
                .contains("30/04/2026");
        assertThat(texts(soA.inLanguage("en")).get(0)).startsWith("Your unit is to lead «Xây dựng kho dữ liệu dùng chung»");
        assertThat(kinds(soB)).containsExactly("TASK_ASSIGNED");
        assertThat(texts(soB.inLanguage("en")).get(0)).contains("ongoing");
        assertThat(kinds(huyen)).containsExactly("TASK_ASSIGNED", "TASK_ASSIGNED");
        assertThat(texts(huyen)).anyMatch(t -> t.contains("phối hợp")).anyMatch(t -> t.contains("chủ trì"));
        assertThat(kinds(headA)).isEmpty();

        long a = assignment(issued, 0, World.SO_A);
        soA.post("/api/assignments/" + a + "/acknowledge").expect(200);
        soA.post("/api/assignments/" + a + "/extension", json("newDeadline", "2026-05-29", "reason", "Chờ hạ tầng"))
                .expect(200);
        soA.post("/api/assignments/" + a + "/report", json("report", "Đã xây dựng xong kho dữ liệu")).expect(200);
        assertThat(kinds(leader)).endsWith("EXTENSION_REQUESTED", "EXTENSION_WITHDRAWN");
        assertThat(kinds(secretariat)).containsExactly("DRAFT_REJECTED", "REVIEW_NEEDED");
        assertThat(texts(secretariat).get(1)).contains("Sở A").contains("Xây dựng kho dữ liệu dùng chung");

        secretariat.post("/api/assignments/" + a + "/review", json("decision", "RETURN", "comment", "Thiếu số liệu"))
                .expect(200);
        assertThat(kinds(soA)).containsExactly("TASK_ASSIGNED", "REPORT_RETURNED");
        assertThat(texts(soA).get(1)).contains("Thiếu số liệu");
        assertThat(kinds(headA)).containsExactly("REPORT_RETURNED");

        soA.post("/api/assignments/" + a + "/report", json("report", "Đã bổ sung số liệu")).expect(200);
        secretariat.post("/api/assignments/" + a + "/review", json("decision", "ACCEPT")).expect(200);
        assertThat(kinds(leader)).endsWith("SIGN_OFF_NEEDED");
        leader.post("/api/assignments/" + a + "/sign-off", json("decision", "RETURN", "comment", "Cần ý kiến Sở B"))
                .expect(200);
        assertThat(kinds(soA)).containsExactly("TASK_ASSIGNED", "REPORT_RETURNED", "REPORT_RETURNED");

        long cancelled = issued.path("directives").get(2).path("id").asLong();
        secretariat.post("/api/directives/" + cancelled + "/cancel", json("reason", "Đã sáp nhập đơn vị hành chính"))
                .expect(200);
        assertThat(kinds(huyen)).containsExactly("TASK_ASSIGNED", "TASK_ASSIGNED", "DIRECTIVE_CANCELLED");
        assertThat(texts(huyen).get(2)).contains("Đã sáp nhập đơn vị hành chính");

        long closed = issued.path("directives").get(1).path("id").asLong();
        secretariat.post("/api/directives/" + closed + "/close", json("comment", "Hoàn thành giai đoạn 1")).expect(200);
        assertThat(kinds(soB)).containsExactly("TASK_ASSIGNED", "DIRECTIVE_CLOSED");
        assertThat(texts(soB.inLanguage("en")).get(1)).startsWith("The ongoing directive «Báo cáo tiến độ");
    }

    private static long assignment(JsonNode conclusion, int directive, String unit) {
        for (JsonNode a : conclusion.path("directives").get(directive).path("assignments")) {
            if (a.path("unitCode").asText().equals(unit)) {
                return a.path("id").asLong();
            }
        }
        throw new AssertionError("no assignment of " + unit);
    }

    /** The caller's notification kinds, oldest first. */
    private static List<String> kinds(ApiClient client) {
        return field(client, "kind");
    }

    private static List<String> texts(ApiClient client) {
        return field(client, "text");
    }

    private static List<String> field(ApiClient client, String name) {
        List<String> values = new ArrayList<>();
        client.get("/api/notifications?size=200").expect(200).forEach(n -> values.add(0, n.path(name).asText()));
        return values;
    }

}
