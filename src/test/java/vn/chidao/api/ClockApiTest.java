package vn.chidao.api;

import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.time.AppClock;
import vn.chidao.clock.ClockService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Over HTTP: the administrator moves the clock forward and reads it back; backwards, unreadable or missing
 * times are 400 on {@code now}, other roles 403. (409 where the clock is not adjustable: ClockServiceTest, as
 * this suite's one application context has it adjustable.) The clock runs from 01/03/2001 08:00, away from
 * the jobs other tests leave due around today.
 */
@ChidaoTest
class ClockApiTest {

    private static final Instant BASE = OffsetDateTime.parse("2001-03-01T08:00:00+07:00").toInstant();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AppClock clock;
    @Autowired
    ClockService clockService;

    ApiClient api;
    ApiClient admin;

    @BeforeEach
    void runningIn2001() {
        api = ApiClient.on(port);
        admin = api.as("admin", "test-admin");
        clock.runFrom(BASE);
    }

    @AfterEach
    void backToRealTime() {
        clockService.resetToRealTime(fixtures.admin());
    }

    @Test
    void theAdministratorMovesTheClockThenReadsThatItRunsOnFromThere() {
        Instant target = OffsetDateTime.parse("2001-03-03T08:00:00+07:00").toInstant();

        JsonNode moved = admin.post("/api/admin/clock", json("now", "2001-03-03T01:00:00Z")).expect(200);

        assertThat(moved.path("now").asText()).isEqualTo("2001-03-03T08:00:00+07:00");
        assertThat(moved.path("jobsExecuted").isInt()).as("jobsExecuted in %s", moved).isTrue();
        assertThat(moved.path("jobsFailed").isInt()).as("jobsFailed in %s", moved).isTrue();
        JsonNode state = admin.get("/api/admin/clock").expect(200);
        OffsetDateTime now = OffsetDateTime.parse(state.path("now").asText());
        assertThat(now.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(now.toInstant()).isBetween(target, target.plus(1, MINUTES));
        assertThat(state.path("adjustable").asBoolean()).isTrue();
        long ahead = Duration.between(Instant.now(), target).toSeconds();
        assertThat(state.path("offsetSeconds").asLong()).isBetween(ahead - 60, ahead + 60);
    }

    @Test
    void backwardsUnreadableOrMissingTimesAre400OnNow() {
        assertThat(invalidFields(admin.post("/api/admin/clock", json("now", "2001-02-28T08:00:00+07:00"))))
                .containsExactly("now");
        assertThat(invalidFields(admin.post("/api/admin/clock", json("now", "03/03/2001 08:00"))))
                .containsExactly("now");
        assertThat(invalidFields(admin.post("/api/admin/clock", json("now", "2001-03-03T08:00:00"))))
                .containsExactly("now");
        assertThat(invalidFields(admin.post("/api/admin/clock", json()))).containsExactly("now");
        assertThat(invalidFields(admin.post("/api/admin/clock"))).containsExactly("now");

        JsonNode back = admin.inLanguage("en").post("/api/admin/clock", json("now", "2001-02-28T08:00:00+07:00"))
                .expect(400);
        assertThat(back.path("errors").get(0).path("message").asText())
                .startsWith("the clock does not go back: it is already 01/03/2001 08:");
        assertThat(OffsetDateTime.parse(admin.get("/api/admin/clock").expect(200).path("now").asText()).toInstant())
                .isBetween(BASE, BASE.plus(1, MINUTES));
    }

    @Test
    void otherRolesAre403AndAnonymousCallers401() {
        World world = fixtures.newWorld();
        ApiClient secretariat = api.as(world.secretariat().username());

        problem(secretariat.post("/api/admin/clock", json("now", "2001-03-03T08:00:00+07:00")), 403);
        problem(secretariat.get("/api/admin/clock"), 403);
        problem(api.post("/api/admin/clock", json("now", "2001-03-03T08:00:00+07:00")), 401);
        assertThat(clock.instant()).isBefore(BASE.plus(1, MINUTES));
    }
}
