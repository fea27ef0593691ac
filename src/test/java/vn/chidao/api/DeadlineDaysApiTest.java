package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The "done when", as a black-box client that knows only the REST contract: a conclusion issued on
 * Friday 13/1/2023 with two directives due in 10 working days (Tết 20/1-26/1 off: Friday 3/2/2023); the clock is
 * moved day by day with {@code POST /api/admin/clock}; each reminder and escalation shows up exactly once, on its
 * day; the second unit gets an extension and its reminders follow; one unit closes late, the other on time.
 */
@ChidaoTest
class DeadlineDaysApiTest {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;

    ApiClient admin;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void remindersEscalationsAndAnExtensionFollowTheWorkingDayCalendar() {
        World world = fixtures.newWorld();
        ApiClient api = ApiClient.on(port);
        admin = api.as("admin", "test-admin");
        ApiClient secretariat = api.as(world.secretariat().username());
        ApiClient leader = api.as(world.leader().username());
        ApiClient soA = api.as(world.focalPoint(World.SO_A).username());
        ApiClient soB = api.as(world.focalPoint(World.SO_B).username());
        ApiClient headA = api.as(world.unitHead(World.SO_A).username());
        time.startAt(LocalDate.of(2023, 1, 13), 9, 0);

        long conclusion = secretariat.post("/api/conclusions", json("committee", "Ban Chỉ đạo chuyển đổi số",
                "meetingDate", "2023-01-12", "title", "Kết luận phiên họp thứ nhất", "directives", List.of(
                        directive("Rà soát hạ tầng số", World.SO_A), directive("Số hoá hồ sơ", World.SO_B))))
                .expect(201).path("id").asLong();
        secretariat.post("/api/conclusions/" + conclusion + "/submit").expect(200);
        JsonNode issued = leader.post("/api/conclusions/" + conclusion + "/approve", json("number", null)).expect(200);
        long a = issued.path("directives").get(0).path("assignments").get(0).path("id").asLong();
        long b = issued.path("directives").get(1).path("assignments").get(0).path("id").asLong();
        assertThat(soA.get("/api/assignments/" + a).expect(200).path("deadline").asText()).isEqualTo("2023-02-03");
        assertThat(soB.get("/api/assignments/" + b).expect(200).path("deadline").asText()).isEqualTo("2023-02-03");
        soA.post("/api/assignments/" + a + "/acknowledge").expect(200);
        soB.post("/api/assignments/" + b + "/acknowledge").expect(200);

        Seen seen = new Seen(Map.of("soA", soA, "soB", soB, "headA", headA, "leader", leader));
        moveDayByDay(LocalDate.of(2023, 1, 14), LocalDate.of(2023, 1, 27), seen);
        JsonNode requested = soB.post("/api/assignments/" + b + "/extension",
                json("newDeadline", "2023-02-17", "reason", "Chờ hướng dẫn của Bộ")).expect(200);
        assertThat(requested.path("deadline").asText()).isEqualTo("2023-02-03");
        secretariat.post("/api/assignments/" + b + "/extension/decision", json("approve", true)).expect(200);
        moveDayByDay(LocalDate.of(2023, 1, 28), LocalDate.of(2023, 2, 13), seen);
        JsonNode escalated = leader.get("/api/assignments/" + a).expect(200);
        assertThat(escalated.path("actions").toString()).contains("OVERDUE_REVIEW");
        JsonNode criticised = leader.post("/api/assignments/" + a + "/overdue-review",
                json("decision", "CRITICISE", "comment", "Chậm trễ, đề nghị rút kinh nghiệm")).expect(200);
        assertThat(criticised.path("history").get(criticised.path("history").size() - 1).path("action").asText())
                .isEqualTo("CRITICISED");
        seen.collect();
        soA.post("/api/assignments/" + a + "/report", json("report", "Đã rà soát xong")).expect(200);
        moveDayByDay(LocalDate.of(2023, 2, 14), LocalDate.of(2023, 2, 16), seen);
        soB.post("/api/assignments/" + b + "/report", json("report", "Đã số hoá xong")).expect(200);
        secretariat.post("/api/assignments/" + a + "/review", json("decision", "ACCEPT")).expect(200);
        secretariat.post("/api/assignments/" + b + "/review", json("decision", "ACCEPT")).expect(200);
        moveDayByDay(LocalDate.of(2023, 2, 17), LocalDate.of(2023, 2, 24), seen);

        // 3 working days before 3/2 is 31/1; 5 working days after it is 10/2; a week after the overdue day, 11/2
        // and the leader's criticism, once the task was escalated to the leader
        // and, first, the new task announced on the day the notice was issued (the leader: the notice to approve)
        assertThat(seen.of("soA")).containsExactly("TASK_ASSIGNED 2023-01-13T09:00", "REMINDER 2023-01-31T08:00",
                "REMINDER 2023-02-03T08:00", "OVERDUE 2023-02-04T00:00", "REMINDER 2023-02-11T08:00", "LEADER_ACTION 2023-02-13T23:00");
        assertThat(seen.of("headA")).containsExactly("OVERDUE 2023-02-04T00:00", "LEADER_ACTION 2023-02-13T23:00");
        assertThat(seen.of("leader")).containsExactly("APPROVAL_NEEDED 2023-01-13T09:00", "ESCALATION 2023-02-10T08:00");
        // extended to 17/2 before any reminder: the first one comes 3 working days before the new deadline
        assertThat(seen.of("soB")).containsExactly("TASK_ASSIGNED 2023-01-13T09:00", "EXTENSION_DECIDED 2023-01-27T23:00",
                "REMINDER 2023-02-14T08:00");
        JsonNode late = soA.get("/api/assignments/" + a).expect(200);
        assertThat(late.path("timeliness").asText()).isEqualTo("DONE_LATE");
        JsonNode onTime = soB.get("/api/assignments/" + b).expect(200);
        assertThat(onTime.path("timeliness").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(onTime.path("deadline").asText()).isEqualTo("2023-02-17");
        assertThat(onTime.path("originalDeadline").asText()).isEqualTo("2023-02-03");
    }

    private static Map<String, Object> directive(String content, String lead) {
        return json("content", content, "leadUnit", lead, "coordinatingUnits", List.of(), "deadlineWorkingDays", 10);
    }

    /** Moves the clock to 23:00 of each day in turn, collecting what everyone was told. */
    private void moveDayByDay(LocalDate first, LocalDate last, Seen seen) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            JsonNode moved = admin.post("/api/admin/clock",
                    json("now", day.atTime(23, 0).atOffset(VIETNAM).toString())).expect(200);
            assertThat(moved.path("jobsFailed").asInt()).as("failed jobs on %s", day).isZero();
            seen.collect();
        }
    }

    /** Each person's notifications, oldest first, as "KIND yyyy-MM-ddTHH:mm"; a row seen twice is kept once. */
    private static final class Seen {
        private final Map<String, ApiClient> people;
        private final Map<String, Set<String>> rows = new java.util.HashMap<>();

        Seen(Map<String, ApiClient> people) {
            this.people = people;
        }

        void collect() {
            people.forEach((name, client) -> {
                List<String> mine = new ArrayList<>();
                client.get("/api/notifications?size=200").expect(200).forEach(n -> mine.add(0, n.path("id").asText()
                        + " " + n.path("kind").asText() + " "
                        + OffsetDateTime.parse(n.path("at").asText()).toLocalDateTime().toString().substring(0, 16)));
                rows.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(mine);
            });
        }

        List<String> of(String name) {
            return rows.getOrDefault(name, Set.of()).stream().map(r -> r.substring(r.indexOf(' ') + 1)).toList();
        }
    }
}
