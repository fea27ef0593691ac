package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/** Over HTTP: an administrator reads a year of the calendar and replaces its data; others are refused. */
@ChidaoTest
class CalendarApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    ApiClient admin;

    @BeforeEach
    void signIn() {
        admin = ApiClient.on(port).as("admin", "test-admin");
    }

    @Test
    void anAnnouncedYearComesFromItsDataWithTheSwappedSaturday() {
        JsonNode year = admin.get("/api/admin/calendar/2025").expect(200);

        assertThat(year.path("year").asInt()).isEqualTo(2025);
        assertThat(year.path("source").asText()).isEqualTo("DATA");
        assertThat(dates(year.path("daysOff"))).contains("2025-01-01", "2025-01-29", "2025-05-02", "2025-09-02");
        assertThat(year.path("workingDays")).hasSize(1);
        assertThat(year.path("workingDays").get(0).path("date").asText()).isEqualTo("2025-04-26");
        assertThat(year.path("workingDays").get(0).path("name").asText()).isEqualTo("Làm bù cho ngày 02/05");
    }

    @Test
    void aYearWithoutDataIsWhatTheRuleComputes() {
        JsonNode year = admin.get("/api/admin/calendar/2199").expect(200);

        assertThat(year.path("source").asText()).isEqualTo("RULE");
        assertThat(dates(year.path("daysOff"))).contains("2199-01-01", "2199-04-30", "2199-05-01", "2199-09-02");
        assertThat(year.path("workingDays")).isEmpty();
    }

    @Test
    void putReplacesTheYearAndGetShowsIt() {
        Map<String, Object> body = json("year", 2160,
                "daysOff", List.of(json("date", "2160-01-01", "name", "Tết Dương lịch"),
                        json("date", "2160-05-05", "name", "Nghỉ hoán đổi (làm bù thứ Bảy 10/05)")),
                "workingDays", List.of(json("date", "2160-05-10", "name", "Làm bù cho ngày 05/05")));

        JsonNode saved = admin.put("/api/admin/calendar/2160", body).expect(200);

        assertThat(saved.path("source").asText()).isEqualTo("DATA");
        JsonNode year = admin.get("/api/admin/calendar/2160").expect(200);
        assertThat(dates(year.path("daysOff"))).containsExactly("2160-01-01", "2160-05-05");
        assertThat(dates(year.path("workingDays"))).containsExactly("2160-05-10");
    }

    @Test
    void aWeekdayListedAsWorkedIsA400NamingItsRow() {
        Map<String, Object> body = json("daysOff", List.of(json("date", "2161-01-01", "name", "Tết Dương lịch")),
                "workingDays", List.of(json("date", "2161-05-09", "name", "Làm bù"),
                        json("date", "2161-05-04", "name", "Không phải cuối tuần")));

        assertThat(invalidFields(admin.put("/api/admin/calendar/2161", body)))
                .containsExactly("workingDays[1].date");
        assertThat(invalidFields(admin.get("/api/admin/calendar/1899"))).containsExactly("year");
        assertThat(admin.get("/api/admin/calendar/2161").expect(200).path("source").asText()).isEqualTo("RULE");
    }

    @Test
    void someoneWhoIsNotAnAdministratorGets403() {
        World world = fixtures.newWorld();
        ApiClient secretariat = ApiClient.on(port).as(world.secretariat().username());

        problem(secretariat.get("/api/admin/calendar/2025"), 403);
        problem(secretariat.put("/api/admin/calendar/2162", json("daysOff", List.of())), 403);
        assertThat(admin.get("/api/admin/calendar/2162").expect(200).path("source").asText()).isEqualTo("RULE");
    }

    private static List<String> dates(JsonNode days) {
        List<String> dates = new ArrayList<>();
        days.forEach(day -> dates.add(day.path("date").asText()));
        return dates;
    }
}
