package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/**
 * Over HTTP, the notice numbers of the issuing offices: the symbols set on the government and on a committee, the
 * proposed number of a notice awaiting approval, and a number taken twice in one office and year (409).
 */
@ChidaoTest
class NoticeNumbersApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;

    ApiClient api;
    World world;
    Actor governmentAdmin;

    @BeforeEach
    void newWorld() {
        api = ApiClient.on(port);
        world = fixtures.newWorld();
        governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);
    }

    @Test
    void aNoticeAwaitingApprovalProposesTheNextNumberOfItsOffice() {
        String code = world.government().code();
        long first = steps.submitted(world, fixtures.draft()).id();

        assertThat(as(world.leader()).get("/api/conclusions/" + first).expect(200).path("proposedNumber").asText())
                .isEqualTo("1/TB-UBND");
        JsonNode government = as(governmentAdmin).put("/api/admin/governments/" + code,
                json("noticeSymbol", "TB-VPUBND")).expect(200);
        assertThat(government.path("noticeSymbol").asText()).isEqualTo("TB-VPUBND");
        assertThat(government.path("name").asText()).isEqualTo(world.government().name());
        assertThat(as(world.leader()).get("/api/conclusions/" + first).expect(200).path("proposedNumber").asText())
                .isEqualTo("1/TB-VPUBND");

        JsonNode issued = as(world.leader()).post("/api/conclusions/" + first + "/approve", json("number", "58/TB-VPUBND"))
                .expect(200);
        assertThat(issued.path("number").asText()).isEqualTo("58/TB-VPUBND");
        assertThat(issued.path("proposedNumber").isNull()).isTrue();
        long second = steps.submitted(world, fixtures.draft()).id();
        assertThat(as(world.secretariat()).get("/api/conclusions/" + second).expect(200).path("proposedNumber")
                .asText()).isEqualTo("59/TB-VPUBND");
        problem(as(world.leader()).post("/api/conclusions/" + second + "/approve", json("number", "58/tb-vpubnd")), 409);
        assertThat(as(world.leader()).post("/api/conclusions/" + second + "/approve", json()).expect(200)
                .path("number").asText()).isEqualTo("59/TB-VPUBND");
    }

    @Test
    void aCommitteeThatIssuesItsOwnNoticesHasItsOwnSymbol() {
        long waiting = steps.submitted(world, fixtures.draft()).id();
        JsonNode committee = as(world.secretariat()).get("/api/committees").expect(200).get(0);
        assertThat(committee.path("noticeSymbol").isNull()).isTrue();
        String path = "/api/committees/" + committee.path("id").asLong();

        JsonNode changed = as(world.secretariat()).put(path, json("noticeSymbol", "TB-BCĐ")).expect(200);

        assertThat(changed.path("noticeSymbol").asText()).isEqualTo("TB-BCĐ");
        assertThat(as(world.leader()).get("/api/conclusions/" + waiting).expect(200).path("proposedNumber").asText())
                .isEqualTo("1/TB-BCĐ");
        assertThat(invalidFields(as(governmentAdmin).put(path, json("noticeSymbol", "TB BCĐ"))))
                .containsExactly("noticeSymbol");
        problem(as(world.leader()).put(path, json("noticeSymbol", "TB-X")), 403);
        problem(as(fixtures.newWorld().secretariat()).put(path, json("noticeSymbol", "TB-X")), 404);
        problem(as(world.secretariat()).put("/api/committees/999999999", json("noticeSymbol", "TB-X")), 404);
        assertThat(as(governmentAdmin).put(path, json("noticeSymbol", "")).expect(200).path("noticeSymbol").isNull())
                .isTrue();
    }

    @Test
    void aGovernmentsSymbolIsSetWhenCreatedAndChangedOnlyByItsAdministrators() {
        String code = "NS" + Long.toString(System.nanoTime(), 36).toUpperCase().substring(0, 6);
        ApiClient admin = api.as("admin", "test-admin");
        assertThat(admin.post("/api/admin/governments", json("code", code, "name", "Tỉnh " + code,
                "noticeSymbol", "TB-VPUBND")).expect(201).path("noticeSymbol").asText()).isEqualTo("TB-VPUBND");
        String mine = world.government().code();
        assertThat(as(governmentAdmin).get("/api/admin/governments").expect(200).get(0).path("noticeSymbol").asText())
                .isEqualTo("TB-UBND");

        assertThat(invalidFields(as(governmentAdmin).put("/api/admin/governments/" + mine,
                json("noticeSymbol", "TB UBND")))).containsExactly("noticeSymbol");
        problem(as(governmentAdmin).put("/api/admin/governments/" + code, json("noticeSymbol", "TB-X")), 404);
        problem(as(world.secretariat()).put("/api/admin/governments/" + mine, json("noticeSymbol", "TB-X")), 403);
        problem(admin.put("/api/admin/governments/NOPE" + code, json("noticeSymbol", "TB-X")), 404);
        JsonNode renamed = admin.put("/api/admin/governments/" + mine, json("name", "Tỉnh mới")).expect(200);
        assertThat(renamed.path("name").asText()).isEqualTo("Tỉnh mới");
        assertThat(renamed.path("noticeSymbol").asText()).isEqualTo("TB-UBND");
    }

    private ApiClient as(Actor actor) {
        return api.as(actor.username());
    }
}
