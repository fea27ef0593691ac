package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/** Over HTTP, every invalid input is a 400 problem naming its field, and nothing is written. */
@ChidaoTest
class ValidationErrorsApiTest {

    private static final LocalDate MEETING = LocalDate.of(2030, 3, 10);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;

    World world;
    ApiClient secretariat;

    @BeforeEach
    void newWorld() {
        world = fixtures.newWorld();
        secretariat = ApiClient.on(port).as(world.secretariat().username());
    }

    static Stream<Arguments> invalidDrafts() {
        return Stream.of(
                Arguments.of("empty content", draft(directive("", "SO_A", List.of(), "2030-03-20")),
                        "directives[0].content"),
                Arguments.of("unknown unit", draft(directive("Việc", "SO_X", List.of(), "2030-03-20")),
                        "directives[0].leadUnit"),
                Arguments.of("lead also coordinating", draft(directive("Việc", "SO_A", List.of("SO_A"), "2030-03-20")),
                        "directives[0].coordinatingUnits"),
                Arguments.of("deadline before the meeting", draft(directive("Việc", "SO_A", List.of(), "2030-03-09")),
                        "directives[0].deadline"),
                Arguments.of("no directives", draft(), "directives"),
                Arguments.of("a date that is not a date", draft(directive("Việc", "SO_A", List.of(), "20/03/2030")),
                        "directives[0].deadline"),
                Arguments.of("a number where a text is expected", with(draft(directive("Việc", "SO_A", List.of(),
                        "2030-03-20")), "committee", -1), "committee"),
                Arguments.of("a boolean where a text is expected", with(draft(directive("Việc", "SO_A", List.of(),
                        "2030-03-20")), "title", true), "title"),
                Arguments.of("a NUL character (PostgreSQL cannot store one)", with(draft(directive("Việc", "SO_A",
                        List.of(), "2030-03-20")), "title", "Kết\u0000luận"), "title"),
                Arguments.of("more directives than a notice holds", draft(Stream.generate(
                        () -> directive("Việc", "SO_A", List.of(), "2030-03-20")).limit(201).toArray()),
                        "directives"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDrafts")
    void anInvalidDraftIsA400NamingTheFieldAndCreatesNothing(String cause, Map<String, Object> draft, String field) {
        assertThat(invalidFields(secretariat.post("/api/conclusions", draft))).as(cause).containsExactly(field);

        assertThat(secretariat.get("/api/conclusions").expect(200).path("total").asLong()).isZero();
    }

    @Test
    void aValidDraftWithTheSameShapeIsCreated() {
        Map<String, Object> valid = draft(directive("Việc", "SO_A", List.of("SO_B"), "2030-03-10"));

        assertThat(secretariat.post("/api/conclusions", valid).expect(201).path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void rejectingWithoutAReasonIsA400() {
        long id = steps.submitted(world, fixtures.draft()).id();
        ApiClient leader = ApiClient.on(port).as(world.leader().username());

        assertThat(invalidFields(leader.post("/api/conclusions/" + id + "/reject", json("comment", " "))))
                .containsExactly("comment");
        assertThat(invalidFields(leader.post("/api/conclusions/" + id + "/reject", json("comment", "x".repeat(5000)))))
                .as("longer than the history keeps: a 400, not a 500").containsExactly("comment");
        assertThat(leader.get("/api/conclusions/" + id).expect(200).path("status").asText())
                .isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void unitWorkWithInvalidInputIsA400() {
        long id = Fixtures.assignmentOf(fixtures.issue(world, fixtures.draft()), World.SO_A);
        ApiClient focalPoint = ApiClient.on(port).as(world.focalPoint(World.SO_A).username());
        focalPoint.post("/api/assignments/" + id + "/acknowledge").expect(200);

        assertThat(invalidFields(focalPoint.post("/api/assignments/" + id + "/progress", json("percent", 150))))
                .containsExactly("percent");
        assertThat(invalidFields(focalPoint.post("/api/assignments/" + id + "/report", json("report", ""))))
                .containsExactly("report");
        focalPoint.post("/api/assignments/" + id + "/report", json("report", "Xong")).expect(200);
        assertThat(invalidFields(secretariat.post("/api/assignments/" + id + "/review", json("decision", "RETURN"))))
                .containsExactly("comment");
        assertThat(invalidFields(secretariat.post("/api/assignments/" + id + "/review", json("decision", "MAYBE"))))
                .containsExactly("decision");
        // a number is not the enum's position: 0 would otherwise read as ACCEPT
        assertThat(invalidFields(secretariat.post("/api/assignments/" + id + "/review", json("decision", 0))))
                .containsExactly("decision");
        assertThat(secretariat.get("/api/assignments/" + id).expect(200).path("status").asText())
                .isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void badListParametersAreA400() {
        assertThat(invalidFields(secretariat.get("/api/assignments?page=-1"))).containsExactly("page");
        assertThat(invalidFields(secretariat.get("/api/assignments?size=0"))).containsExactly("size");
        assertThat(invalidFields(secretariat.get("/api/assignments?timeliness=SOON"))).containsExactly("timeliness");
        assertThat(invalidFields(secretariat.get("/api/assignments?unit=SO_X"))).containsExactly("unit");
    }

    @Test
    void organisationAndUserInputIsValidatedToo() {
        ApiClient admin = ApiClient.on(port).as("admin", "test-admin");
        String code = world.government().code();

        assertThat(invalidFields(admin.post("/api/admin/units", json("governmentCode", "X" + code, "code", "SO_D",
                "name", "Sở D", "kind", "DEPARTMENT", "parentCode", null)))).containsExactly("governmentCode");
        assertThat(invalidFields(admin.post("/api/admin/users", json("username", code + ".moi", "password", "12345",
                "displayName", "Mới", "roles", List.of("FOCAL_POINT"), "governmentCode", code, "unitCode", null,
                "email", null)))).containsExactly("unitCode");
        assertThat(invalidFields(admin.post("/api/admin/governments", json("code", "có dấu", "name", "Tỉnh"))))
                .containsExactly("code");
    }

    private static Map<String, Object> draft(Object... directives) {
        return json("committee", "Ban Chỉ đạo", "meetingDate", MEETING.toString(), "title", "Kết luận",
                "directives", List.of(directives));
    }

    private static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(name, value);
        return changed;
    }

    private static Map<String, Object> directive(String content, String lead, List<String> coordinating,
                                                 String deadline) {
        return json("content", content, "leadUnit", lead, "coordinatingUnits", coordinating, "deadline", deadline,
                "ongoing", false, "leaderSignOff", false);
    }
}
