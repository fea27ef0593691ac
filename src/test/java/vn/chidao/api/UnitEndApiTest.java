package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Over HTTP: {@code POST /api/admin/units/{code}/end} and {@code /merge}. A notice with directive 1 led by HUYEN_A,
 * directive 2 led by HUYEN_A and directive 3 led by SO_B with HUYEN_A coordinating: three open assignments of
 * HUYEN_A.
 */
@ChidaoTest
class UnitEndApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AppClock clock;

    World world;
    ApiClient admin;
    LocalDate today;
    long first;
    long second;
    long coordinating;

    @BeforeEach
    void aNotice() {
        world = fixtures.newWorld();
        today = LocalDate.now(clock);
        ConclusionDetail notice = fixtures.issue(world, Drafts.conclusion(today.minusDays(1),
                Drafts.due(today.plusDays(30), World.HUYEN_A), Drafts.due(today.plusDays(40), World.HUYEN_A),
                Drafts.due(today.plusDays(50), World.SO_B, World.HUYEN_A)));
        first = notice.directives().get(0).assignments().get(0).id();
        second = notice.directives().get(1).assignments().get(0).id();
        coordinating = notice.directives().get(2).assignments().stream()
                .filter(a -> a.unitCode().equals(World.HUYEN_A)).findFirst().orElseThrow().id();
        admin = as(fixtures.user(world, "qt", Role.ADMIN, null));
    }

    @Test
    void withOneSuccessorEveryOpenAssignmentAndEveryUserMovesToIt() {
        ApiClient secretariat = as(world.secretariat());
        String deadline = secretariat.get("/api/assignments/" + coordinating).expect(200).path("deadline").asText();
        JsonNode result = admin.post("/api/admin/units/HUYEN_A/end", json("on", today.toString(),
                "successors", List.of(World.SO_A))).expect(200);

        assertThat(result.path("unit").path("validTo").asText()).isEqualTo(today.toString());
        assertThat(result.path("unit").path("successors").get(0).asText()).isEqualTo(World.SO_A);
        assertThat(result.path("moved").path(String.valueOf(first)).asText()).isEqualTo(World.SO_A);
        assertThat(result.path("moved").size()).isEqualTo(3);
        assertThat(result.path("usersMoved")).extracting(JsonNode::asText).contains(
                world.focalPoint(World.HUYEN_A).username(), world.unitHead(World.HUYEN_A).username());
        JsonNode moved = secretariat.get("/api/assignments/" + coordinating).expect(200);
        assertThat(moved.path("unitCode").asText()).isEqualTo(World.SO_A);
        assertThat(moved.path("deadline").asText()).isNotBlank().isEqualTo(deadline);
        JsonNode last = moved.path("history").get(moved.path("history").size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("REASSIGNED");
        assertThat(last.path("comment").asText())
                .isEqualTo("HUYEN_A → SO_A · Chuyển từ Huyện A theo sắp xếp đơn vị hành chính");
        assertThat(as(world.focalPoint(World.SO_A)).get("/api/tasks").expect(200))
                .extracting(t -> t.path("assignmentId").asLong()).contains(first, second, coordinating);
        assertThat(as(world.focalPoint(World.HUYEN_A)).get("/api/me").expect(200).path("unitCode").asText())
                .isEqualTo(World.SO_A);
    }

    @Test
    void anEndedUnitLeavesThePickersAndTakesNoNewWorkButStaysInTheRegister() {
        ApiClient secretariat = as(world.secretariat());
        long draft = secretariat.post("/api/conclusions", json("committee", Drafts.COMMITTEE,
                "meetingDate", today.toString(), "title", "Kết luận viết trước", "directives", List.of(json("content",
                        "Việc", "leadUnit", World.SO_A, "coordinatingUnits", List.of(World.HUYEN_A),
                        "deadline", today.plusDays(9).toString())))).expect(201).path("id").asLong();
        admin.post("/api/admin/units/HUYEN_A/end", json("on", today.toString(), "successors", List.of(World.SO_A),
                "reason", "Sắp xếp đơn vị hành chính cấp huyện")).expect(200);

        assertThat(secretariat.get("/api/units").expect(200).findValuesAsText("code")).doesNotContain(World.HUYEN_A);
        JsonNode all = secretariat.get("/api/units?includeEnded=true").expect(200);
        JsonNode huyen = findUnit(all, World.HUYEN_A);
        assertThat(huyen.path("validTo").asText()).isEqualTo(today.toString());
        assertThat(huyen.path("endReason").asText()).isEqualTo("Sắp xếp đơn vị hành chính cấp huyện");
        assertThat(invalidFields(secretariat.post("/api/conclusions", json("committee", Drafts.COMMITTEE,
                "meetingDate", today.toString(), "title", "Kết luận", "directives", List.of(json("content", "Việc",
                        "leadUnit", World.HUYEN_A, "deadline", today.plusDays(9).toString()))))))
                .containsExactly("directives[0].leadUnit");
        assertThat(invalidFields(secretariat.post("/api/assignments/reassign", json("fromUnit", World.SO_A,
                "toUnit", World.HUYEN_A, "reason", "x")))).containsExactly("toUnit");
        assertThat(invalidFields(admin.put("/api/admin/users/" + world.focalPoint(World.SO_B).username(),
                json("displayName", "Ai", "roles", List.of("FOCAL_POINT"), "unitCode", World.HUYEN_A))))
                .containsExactly("unitCode");
        assertThat(invalidFields(secretariat.post("/api/conclusions/" + draft + "/submit")))
                .containsExactly("directives[0].coordinatingUnits");
        assertThat(secretariat.get("/api/assignments?unit=HUYEN_A").expect(200).path("total").asLong()).isZero();
    }

    @Test
    void withSeveralSuccessorsEachOpenAssignmentIsNamedElse400ListingTheOthers() {
        JsonNode problem = problem(admin.post("/api/admin/units/HUYEN_A/end", json("on", today.toString(),
                "successors", List.of(World.SO_A, World.SO_B), "assignments", Map.of(first, World.SO_A),
                "users", json("mode", "DISABLE"))), 400);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("assignments");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .contains(second + ", " + coordinating).doesNotContain(String.valueOf(first));
        assertThat(as(world.secretariat()).get("/api/units").expect(200).findValuesAsText("code"))
                .contains(World.HUYEN_A);

        JsonNode result = admin.post("/api/admin/units/HUYEN_A/end", json("on", today.toString(),
                "successors", List.of(World.SO_A, World.SO_B), "reason", "Sắp xếp",
                "assignments", Map.of(first, World.SO_A, second, World.SO_B, coordinating, World.SO_A),
                "users", json("mode", "DISABLE"))).expect(200);

        assertThat(result.path("moved").path(String.valueOf(second)).asText()).isEqualTo(World.SO_B);
        assertThat(result.path("usersDisabled")).extracting(JsonNode::asText)
                .contains(world.focalPoint(World.HUYEN_A).username());
        assertThat(as(world.secretariat()).get("/api/assignments/" + second).expect(200).path("unitCode").asText())
                .isEqualTo(World.SO_B);
        problem(as(world.focalPoint(World.HUYEN_A)).get("/api/me"), 401);
    }

    @Test
    void aMoveThatCannotBeMadeIs409AndNothingChanges() {
        problem(admin.post("/api/admin/units/HUYEN_A/end", json("on", today.toString(),
                "successors", List.of(World.SO_A, World.SO_B),
                "assignments", Map.of(first, World.SO_A, second, World.SO_A, coordinating, World.SO_B),
                "users", json("mode", "MOVE", "to", World.SO_A))), 409);

        ApiClient secretariat = as(world.secretariat());
        assertThat(secretariat.get("/api/assignments/" + first).expect(200).path("unitCode").asText())
                .isEqualTo(World.HUYEN_A);
        assertThat(findUnit(secretariat.get("/api/units").expect(200), World.HUYEN_A).path("validTo").isNull())
                .isTrue();
        assertThat(as(world.focalPoint(World.HUYEN_A)).get("/api/me").expect(200).path("unitCode").asText())
                .isEqualTo(World.HUYEN_A);
    }

    @Test
    void endingAnEndedUnitIs409AndBadInputIs400() {
        assertThat(invalidFields(admin.post("/api/admin/units/HUYEN_A/end", json("on", today.plusDays(1).toString(),
                "successors", List.of("HUYEN_A"))))).containsExactly("on", "successors");
        admin.post("/api/admin/units/HUYEN_A/end", json("on", today.toString(), "successors", List.of(World.SO_A)))
                .expect(200);
        problem(admin.post("/api/admin/units/HUYEN_A/end", json("on", today.toString(),
                "successors", List.of(World.SO_B))), 409);
        assertThat(invalidFields(admin.post("/api/admin/units/SO_B/end", json("on", today.toString(),
                "successors", List.of(World.HUYEN_A))))).containsExactly("successors");
        JsonNode named = admin.put("/api/admin/units/HUYEN_A", json("name", "Huyện A", "shortName", "H. A"))
                .expect(200);
        assertThat(named.path("shortName").asText()).as("an ended unit is still named, its kind kept").isEqualTo("H. A");
        assertThat(named.path("successors").get(0).asText()).isEqualTo(World.SO_A);
    }

    @Test
    void aUnitFormedOnTheDayADistrictEndsCanSucceedIt() {
        String government = world.government().code();
        assertThat(invalidFields(admin.post("/api/admin/units", json("governmentCode", government, "code", "XA_MOI",
                "name", "UBND xã Mới", "kind", "COMMUNE", "validFrom", today.plusDays(1).toString()))))
                .containsExactly("validFrom");
        JsonNode ward = admin.post("/api/admin/units", json("governmentCode", government, "code", "XA_MOI",
                "name", "UBND xã Mới", "kind", "COMMUNE", "validFrom", today.toString())).expect(201);
        assertThat(ward.path("validFrom").asText()).isEqualTo(today.toString());
        assertThat(invalidFields(admin.post("/api/admin/units/HUYEN_A/end", json("on", today.minusDays(1).toString(),
                "successors", List.of("XA_MOI"))))).containsExactly("successors");
        admin.post("/api/admin/units/HUYEN_A/end", json("on", today.toString(), "successors", List.of("XA_MOI")))
                .expect(200);
        assertThat(as(world.secretariat()).get("/api/assignments/" + first).expect(200).path("unitCode").asText())
                .isEqualTo("XA_MOI");
    }

    @Test
    void otherRolesGet403AndOtherGovernmentsAndUnknownUnits404() {
        Map<String, Object> body = json("on", today.toString(), "successors", List.of(World.SO_A));
        for (Actor actor : List.of(world.secretariat(), world.leader(), world.focalPoint(World.HUYEN_A))) {
            problem(as(actor).post("/api/admin/units/HUYEN_A/end", body), 403);
        }
        World other = fixtures.newWorld();
        ApiClient otherAdmin = as(fixtures.user(other, "qt", Role.ADMIN, null));
        problem(otherAdmin.post("/api/admin/units/HUYEN_A/end?government=" + world.government().code(), body), 404);
        problem(admin.post("/api/admin/units/NO_SUCH/end", body), 404);
        problem(otherAdmin.get("/api/admin/units/HUYEN_A/open-assignments?government=" + world.government().code()),
                404);
        assertThat(admin.get("/api/admin/units/HUYEN_A/open-assignments").expect(200))
                .extracting(w -> w.path("id").asLong()).containsExactlyInAnyOrder(first, second, coordinating);
        ApiClient installation = ApiClient.on(port).as("admin", "test-admin");
        String government = "?government=" + world.government().code();
        assertThat(invalidFields(installation.post("/api/admin/units/merge" + government, json("into", World.SO_A,
                "from", List.of(World.SO_A), "on", today.toString())))).containsExactly("from");
        installation.post("/api/admin/units/merge" + government, json("into", World.SO_A,
                "from", List.of(World.HUYEN_A), "on", today.toString(), "reason", "Hợp nhất")).expect(200);
        JsonNode all = as(world.secretariat()).get("/api/units?includeEnded=true").expect(200);
        assertThat(findUnit(all, World.HUYEN_A).path("successors").get(0).asText()).isEqualTo(World.SO_A);
        assertThat(as(world.secretariat()).get("/api/assignments/" + coordinating).expect(200).path("unitCode")
                .asText()).isEqualTo(World.SO_A);
    }

    private static JsonNode findUnit(JsonNode units, String code) {
        for (JsonNode unit : units) {
            if (unit.path("code").asText().equals(code)) {
                return unit;
            }
        }
        throw new AssertionError("No unit " + code + " in " + units);
    }

    private ApiClient as(Actor actor) {
        return ApiClient.on(port).as(actor.username());
    }
}
