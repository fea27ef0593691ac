package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Problems;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Substitutes (ủy quyền) over {@code /api/me/substitutes}: a leader names another leader for a range of days;
 * during it the substitute is told what the absent leader is told; self, another role or unit, a reversed range
 * are 400 on their field, an overlapping range 409.
 */
@ChidaoTest
class SubstitutesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    NotificationService notifications;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void aLeaderNamesAnotherLeaderWhoIsToldWhatTheAbsentOneIsToldDuringTheRange() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        World world = fixtures.newWorld();
        Actor deputy = fixtures.user(world, "pho", Role.LEADER, null);
        ApiClient api = ApiClient.on(port);
        ApiClient chair = api.as(world.leader().username());

        JsonNode named = chair.post("/api/me/substitutes",
                json("username", deputy.username(), "from", "2026-03-02", "to", "2026-03-06")).expect(201);
        assertThat(named.path("id").asLong()).isPositive();
        assertThat(named.path("username").asText()).isEqualTo(deputy.username());
        assertThat(named.path("absent").asText()).isEqualTo(world.leader().username());
        assertThat(chair.get("/api/me/substitutes").expect(200)).hasSize(1);
        chair.post("/api/me/substitutes", json("username", deputy.username(), "from", "2026-03-06", "to", "2026-03-09"))
                .expect(409);

        tell(world, world.leader(), "Trong thời gian ủy quyền");
        assertThat(texts(api.as(deputy.username()))).contains("Trong thời gian ủy quyền");
        time.startAt(LocalDate.of(2026, 3, 7), 9, 0);
        tell(world, world.leader(), "Sau thời gian ủy quyền");
        assertThat(texts(api.as(deputy.username()))).doesNotContain("Sau thời gian ủy quyền");
        assertThat(texts(chair)).contains("Trong thời gian ủy quyền", "Sau thời gian ủy quyền");

        chair.delete("/api/me/substitutes/" + named.path("id").asLong()).expect(204);
        assertThat(chair.get("/api/me/substitutes").expect(200)).isEmpty();
        api.as(deputy.username()).delete("/api/me/substitutes/" + named.path("id").asLong()).expect(404);
    }

    @Test
    void theChairsSubstituteSeesAndAnswersTheChairsOverdueReviewAndTheHistorySaysForWhom() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        World world = fixtures.newWorld();
        Actor deputy = fixtures.user(world, "pho", Role.LEADER, null);
        Actor other = fixtures.user(world, "uyvien", Role.LEADER, null);
        ApiClient api = ApiClient.on(port);
        ApiClient admin = api.as("admin", "test-admin");
        ApiClient chair = api.as(world.leader().username());
        ApiClient secretariat = api.as(world.secretariat().username());
        long conclusion = secretariat.post("/api/conclusions", json("committee", "Ban Chỉ đạo chuyển đổi số",
                "committeeChair", world.leader().username(), "meetingDate", "2026-02-27", "title", "Kết luận",
                "directives", List.of(json("content", "Số hoá hồ sơ đất đai", "leadUnit", World.SO_A,
                        "coordinatingUnits", List.of(), "deadline", "2026-03-06")))).expect(201).path("id").asLong();
        secretariat.post("/api/conclusions/" + conclusion + "/submit").expect(200);
        long a = chair.post("/api/conclusions/" + conclusion + "/approve", json("number", null)).expect(200)
                .path("directives").get(0).path("assignments").get(0).path("id").asLong();
        api.as(world.focalPoint(World.SO_A).username()).post("/api/assignments/" + a + "/acknowledge").expect(200);
        admin.post("/api/admin/clock", json("now", "2026-03-16T09:00:00+07:00")).expect(200);
        chair.post("/api/me/substitutes", json("username", deputy.username(), "from", "2026-03-16", "to", "2026-03-20"))
                .expect(201);

        ApiClient substitute = api.as(deputy.username());
        List<String> tasks = new java.util.ArrayList<>();
        substitute.get("/api/tasks?kind=OVERDUE_REVIEW").expect(200)
                .forEach(t -> tasks.add(t.path("assignmentId").asText()));
        assertThat(tasks).contains(Long.toString(a));
        api.as(other.username()).post("/api/assignments/" + a + "/overdue-review",
                json("decision", "URGE", "comment", "Khẩn trương")).expect(403);
        JsonNode answered = substitute.post("/api/assignments/" + a + "/overdue-review",
                json("decision", "CRITICISE", "comment", "Chậm trễ")).expect(200);
        List<String> history = new java.util.ArrayList<>();
        answered.path("history").forEach(h -> history.add(h.path("action").asText() + " " + h.path("user").asText()
                + " " + h.path("comment").asText()));
        assertThat(history).anyMatch(h -> h.startsWith("ON_BEHALF " + deputy.username() + " "
                + world.leader().username()));
    }

    @Test
    void selfAnotherRoleOrUnitAndAReversedRangeAreRefusedOnTheirField() {
        time.startAt(LocalDate.of(2026, 3, 2), 9, 0);
        World world = fixtures.newWorld();
        ApiClient api = ApiClient.on(port);
        ApiClient leader = api.as(world.leader().username());
        ApiClient focal = api.as(world.focalPoint(World.SO_A).username());

        assertThat(Problems.invalidFields(leader.post("/api/me/substitutes", json("username", world.leader().username(),
                "from", "2026-03-02", "to", "2026-03-03")))).containsExactly("username");
        assertThat(Problems.invalidFields(leader.post("/api/me/substitutes", json("username", world.secretariat().username(),
                "from", "2026-03-02", "to", "2026-03-03")))).containsExactly("username");
        assertThat(Problems.invalidFields(focal.post("/api/me/substitutes", json("username",
                world.focalPoint(World.SO_B).username(), "from", "2026-03-02", "to", "2026-03-03")))).containsExactly("username");
        assertThat(Problems.invalidFields(focal.post("/api/me/substitutes", json("username",
                world.unitHead(World.SO_A).username(), "from", "2026-03-05", "to", "2026-03-03")))).containsExactly("to");
        JsonNode ok = focal.post("/api/me/substitutes", json("username", world.unitHead(World.SO_A).username(),
                "from", "2026-03-02", "to", "2026-03-03")).expect(201);
        assertThat(ok.path("username").asText()).isEqualTo(world.unitHead(World.SO_A).username());
        assertThat(leader.get("/api/me/substitutes").expect(200)).isEmpty();
    }

    private void tell(World world, Actor who, String text) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> notifications.notify(world.government().id(),
                List.of(who.username()), NotificationKind.LEADER_ACTION, null, text));
    }

    private static List<String> texts(ApiClient client) {
        List<String> texts = new java.util.ArrayList<>();
        client.get("/api/notifications?size=200").expect(200).forEach(n -> texts.add(n.path("text").asText()));
        return texts;
    }
}
