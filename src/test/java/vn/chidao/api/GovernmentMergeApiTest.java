package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.chidao.assignment.DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.TaskGroups;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Over HTTP: {@code POST /api/admin/governments/merge}. The absorbed government ("from", Bắc Kạn's part) issued a
 * notice on Monday 4/3/2024 09:00: A led by HUYEN_A due Tuesday 5/3 (escalated to the leaders on 12/3), B led by
 * XA_MOI (a unit of its own) due Monday 18/3, C led by SO_B due Thursday 7/3 (overdue, its escalation due 14/3); and
 * a notice whose one directive SO_A has done. The receiving government ("into") issued a notice of its own, with
 * the same committee name and the same number. The merge on Wednesday 13/3 at 10:00 ends SO_A, SO_B and HUYEN_A
 * into the receiving government's SO_A, SO_B and SO_A, and moves XA_MOI as it is.
 */
@ChidaoTest
class GovernmentMergeApiTest {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);
    static final LocalDate MERGED = LocalDate.of(2024, 3, 13);
    static final String XA_MOI = "XA_MOI";

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    Processes processes;
    @Autowired
    TimeTravel time;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    OrganisationService organisation;

    World into;
    World from;
    Actor xaMoi;
    ApiClient installation;
    long a;
    long b;
    long c;
    long done;
    long ownNotice;
    ConclusionDetail absorbedNotice;

    @BeforeEach
    void twoGovernments() {
        BpmnAwareTests.init(engine);
        time.startAt(ISSUED, 9, 0);
        into = fixtures.newWorld();
        from = fixtures.newWorld();
        organisation.createUnit(fixtures.admin(), new NewUnit(from.government().code(), XA_MOI, "Xã Mới",
                UnitKind.COMMUNE, null));
        xaMoi = fixtures.user(from, "dm.xamoi", Role.FOCAL_POINT, XA_MOI);
        absorbedNotice = fixtures.issue(from, Drafts.conclusion(ISSUED.minusDays(3),
                Drafts.inWorkingDays(1, World.HUYEN_A), Drafts.inWorkingDays(10, XA_MOI),
                Drafts.inWorkingDays(3, World.SO_B)));
        a = absorbedNotice.directives().get(0).assignments().get(0).id();
        b = absorbedNotice.directives().get(1).assignments().get(0).id();
        c = absorbedNotice.directives().get(2).assignments().get(0).id();
        done = fixtures.issue(from, Drafts.conclusion(ISSUED.minusDays(3), Drafts.inWorkingDays(5, World.SO_A)))
                .directives().get(0).assignments().get(0).id();
        steps.done(from, done, World.SO_A);
        ownNotice = fixtures.issue(into, Drafts.conclusion(ISSUED.minusDays(3),
                Drafts.inWorkingDays(10, World.SO_A))).id();
        installation = ApiClient.on(port).as("admin", "test-admin");
    }

    @AfterEach
    void resetClock() {
        BpmnAwareTests.reset();
        time.reset();
    }

    @Test
    void theAbsorbedGovernmentsWorkGoesOnInTheReceivingOneAndItsCodeStillFindsIt() {
        ProcessInstance[] open = {processes.ofAssignment(a), processes.ofAssignment(b), processes.ofAssignment(c)};
        time.runUntil(MERGED, 10, 0, open);
        assertThat(open[0]).isWaitingAt(TASK_OVERDUE_REVIEW);
        long intoTotal = register(into.secretariat());
        long fromTotal = register(from.secretariat());
        JsonNode intoFigures = dashboard(into.leader());
        JsonNode fromFigures = dashboard(from.leader());
        assertThat(count(fromFigures)).isEqualTo(4);
        assertThat(fromTotal).isEqualTo(4);
        String number = absorbedNotice.number();
        assertThat(number).isEqualTo(api(into.secretariat()).get("/api/conclusions/" + ownNotice).expect(200)
                .path("number").asText());
        problem(api(from.secretariat()).get("/api/conclusions/" + ownNotice), 404);

        JsonNode result = installation.post("/api/admin/governments/merge", body(Map.of(
                World.SO_A, World.SO_A, World.SO_B, World.SO_B, World.HUYEN_A, World.SO_A))).expect(200);

        String fromCode = from.government().code();
        String intoCode = into.government().code();
        assertThat(result.path("merged").path("mergedInto").asText()).isEqualTo(intoCode);
        assertThat(result.path("merged").path("validTo").asText()).isEqualTo(MERGED.toString());
        assertThat(result.path("unitsMoved")).extracting(JsonNode::asText).containsExactly(XA_MOI);
        assertThat(result.path("unitsEnded").findValuesAsText("code")).containsExactlyInAnyOrder(
                fromCode + "-SO_A", fromCode + "-SO_B", fromCode + "-HUYEN_A");

        // Everything of the absorbed government is the receiving government's, seen by its people.
        ApiClient secretariat = api(into.secretariat());
        assertThat(register(into.secretariat())).isEqualTo(intoTotal + fromTotal);
        JsonNode figures = dashboard(into.leader());
        for (String field : List.of("doneOnTime", "doneLate", "openOnTime", "openOverdue", "ongoing")) {
            assertThat(figures.path(field).asLong()).as(field)
                    .isEqualTo(intoFigures.path(field).asLong() + fromFigures.path(field).asLong());
        }
        assertThat(secretariat.get("/api/assignments/" + a).expect(200).path("unitCode").asText())
                .isEqualTo(World.SO_A);
        assertThat(secretariat.get("/api/assignments/" + c).expect(200).path("unitCode").asText())
                .isEqualTo(World.SO_B);
        assertThat(secretariat.get("/api/assignments/" + b).expect(200).path("unitCode").asText()).isEqualTo(XA_MOI);
        assertThat(secretariat.get("/api/assignments/" + done).expect(200).path("status").asText()).isEqualTo("DONE");
        JsonNode notice = secretariat.get("/api/conclusions/" + absorbedNotice.id()).expect(200);
        assertThat(notice.path("number").asText()).isEqualTo(number);
        assertThat(notice.path("issuedBy").asText()).isEqualTo(from.government().name());
        assertThat(notice.path("committee").asText())
                .isEqualTo(Drafts.COMMITTEE + " (" + from.government().name() + ")");
        assertThat(secretariat.get("/api/conclusions/" + ownNotice).expect(200).path("issuedBy").asText())
                .isEqualTo(into.government().name());

        // The absorbed government's people work in the receiving one, with their roles.
        JsonNode me = api(from.focalPoint(World.HUYEN_A)).get("/api/me").expect(200);
        assertThat(me.path("governmentCode").asText()).isEqualTo(intoCode);
        assertThat(me.path("unitCode").asText()).isEqualTo(World.SO_A);
        api(from.secretariat()).get("/api/conclusions/" + ownNotice).expect(200);
        World other = fixtures.newWorld();
        long foreign = fixtures.issue(other, Drafts.conclusion(ISSUED, Drafts.inWorkingDays(5, World.SO_A))).id();
        problem(api(from.secretariat()).get("/api/conclusions/" + foreign), 404);
        problem(api(xaMoi).get("/api/assignments/" + a), 404);

        // The old code finds the receiving government and is taken for ever.
        assertThat(installation.get("/api/admin/units/" + XA_MOI + "/open-assignments?government=" + fromCode)
                .expect(200).findValuesAsText("id")).containsExactly(String.valueOf(b));
        problem(installation.post("/api/admin/governments", json("code", fromCode, "name", "Tỉnh mới")), 409);
        problem(installation.post("/api/admin/governments/merge", body(Map.of())), 409);

        // Every running process continues under the receiving government's groups and completes.
        long intoId = into.government().id();
        assertThat(tasks.createTaskQuery().processInstanceId(open[0].getId()).taskDefinitionKey(TASK_OVERDUE_REVIEW)
                .taskCandidateGroup(TaskGroups.LEADER + intoId).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskCandidateGroup(TaskGroups.LEADER + from.government().id()).count()
                + tasks.createTaskQuery().taskCandidateGroup(TaskGroups.SECRETARIAT + from.government().id()).count())
                .isZero();
        api(into.leader()).post("/api/assignments/" + a + "/overdue-review",
                json("decision", "URGE", "comment", "Khẩn trương")).expect(200);
        time.runUntil(LocalDate.of(2024, 3, 14), 10, 0, open);
        assertThat(open[2]).isWaitingAt(TASK_OVERDUE_REVIEW);
        assertThat(tasks.createTaskQuery().processInstanceId(open[2].getId()).taskDefinitionKey(TASK_OVERDUE_REVIEW)
                .taskCandidateGroup(TaskGroups.LEADER + intoId).count()).isEqualTo(1);

        finish(api(into.focalPoint(World.SO_A)), a, secretariat);
        finish(api(into.focalPoint(World.SO_B)), c, api(from.secretariat()));
        finish(api(xaMoi), b, secretariat);
        for (ProcessInstance process : open) {
            assertThat(process).isEnded();
        }
        Assertions.assertThat(register(into.secretariat())).isEqualTo(intoTotal + fromTotal);
    }

    @Test
    void onlyTheInstallationAdminMergesAndBadInputChangesNothing() {
        time.startAt(MERGED, 10, 0);
        for (Actor admin : List.of(fixtures.user(from, "qt", Role.ADMIN, null),
                fixtures.user(into, "qt", Role.ADMIN, null))) {
            problem(api(admin).post("/api/admin/governments/merge", body(Map.of())), 403);
        }
        assertThat(invalidFields(installation.post("/api/admin/governments/merge", json("unitMap", Map.of()))))
                .containsExactly("into", "from", "on");
        assertThat(invalidFields(installation.post("/api/admin/governments/merge", json("into",
                into.government().code(), "from", into.government().code(), "on", MERGED.plusYears(10).toString()))))
                .containsExactly("from", "on");
        problem(installation.post("/api/admin/governments/merge", json("into", "NO_SUCH",
                "from", from.government().code(), "on", MERGED.toString())), 404);
        // Every unit of the absorbed government has a code the receiving one has: moving them as they are is 400.
        JsonNode collision = problem(installation.post("/api/admin/governments/merge", body(Map.of())), 400);
        assertThat(collision.path("errors").findValuesAsText("field")).containsOnly("unitMap").hasSize(3);
        assertThat(invalidFields(installation.post("/api/admin/governments/merge", body(Map.of(World.SO_A, "NO_SUCH",
                "NO_UNIT", World.SO_A, World.SO_B, World.SO_B, World.HUYEN_A, World.SO_A))))).containsOnly("unitMap");

        assertThat(api(from.secretariat()).get("/api/me").expect(200).path("governmentCode").asText())
                .isEqualTo(from.government().code());
        assertThat(register(from.secretariat())).isEqualTo(4);
        assertThat(installation.get("/api/admin/governments").expect(200)).filteredOn(g -> g.path("code").asText()
                .equals(from.government().code())).allMatch(g -> g.path("mergedInto").isNull());
    }

    private void finish(ApiClient unit, long id, ApiClient secretariat) {
        unit.post("/api/assignments/" + id + "/acknowledge").expect(200);
        unit.post("/api/assignments/" + id + "/report", json("report", "Đã hoàn thành")).expect(200);
        secretariat.post("/api/assignments/" + id + "/review", json("decision", "ACCEPT")).expect(200);
    }

    private Map<String, Object> body(Map<String, String> unitMap) {
        return json("into", into.government().code(), "from", from.government().code(), "on", MERGED.toString(),
                "unitMap", unitMap);
    }

    private long register(Actor actor) {
        return api(actor).get("/api/assignments").expect(200).path("total").asLong();
    }

    private JsonNode dashboard(Actor actor) {
        return api(actor).get("/api/dashboard/summary").expect(200);
    }

    private static long count(JsonNode figures) {
        long n = 0;
        for (JsonNode value : figures) {
            n += value.asLong();
        }
        return n;
    }

    private ApiClient api(Actor actor) {
        return ApiClient.on(port).as(actor.username());
    }
}
