package vn.chidao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.chidao.support.Problems.invalidFields;
import static vn.chidao.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitChange;
import vn.chidao.security.UserService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/** The heatmap, ranking and ageing endpoints over HTTP, as a client that knows only the contract in docs/api.md. */
@ChidaoTest
class DashboardApiTest {

    @LocalServerPort
    int port;
    @Autowired
    DashboardScenario scenario;
    @Autowired
    TimeTravel time;
    @Autowired
    OrganisationService organisation;

    DashboardScenario.Book book;
    ApiClient api;
    ApiClient leader;

    @BeforeEach
    void build() {
        book = scenario.build();
        api = ApiClient.on(port);
        leader = api.as(book.world().leader().username());
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void theRankingListsUnitsByOnTimeRateWithDoneAndCriticisedCounts() {
        JsonNode ranking = leader.get("/api/dashboard/ranking?from=2024-03-01&to=2024-10-31").expect(200);

        assertThat(texts(ranking, "code")).containsExactly(World.SO_B, World.SO_A, World.HUYEN_A);
        JsonNode soA = ranking.get(1);
        assertThat(soA.path("name").asText()).isEqualTo("Sở A");
        assertThat(soA.path("done").asLong()).isEqualTo(3);
        assertThat(soA.path("doneOnTime").asLong()).isEqualTo(2);
        assertThat(soA.path("onTimeRate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(soA.path("criticised").asLong()).isZero();
        assertThat(ranking.get(0).path("criticised").asLong()).isEqualTo(2);
        assertThat(ranking.get(2).path("onTimeRate").isNull()).isTrue();
        assertThat(ranking.get(2).path("criticised").asLong()).isEqualTo(1);

        // the client encodes the query (spaces, Vietnamese letters) itself
        JsonNode byName = leader.get("/api/dashboard/ranking?committee=" + Drafts.COMMITTEE
                + "&from=2024-03-01&to=2024-10-31").expect(200);
        JsonNode byId = leader.get("/api/dashboard/ranking?committee=" + book.committeeId()
                + "&from=2024-03-01&to=2024-10-31").expect(200);
        assertThat(byName).isEqualTo(byId);
        assertThat(byId.get(1).path("done").asLong()).isEqualTo(2);
        JsonNode mine = api.as(book.world().focalPoint(World.HUYEN_A).username()).get("/api/dashboard/ranking").expect(200);
        assertThat(texts(mine, "code")).containsExactly(World.HUYEN_A);
    }

    @Test
    void theAgeingCountsTheOpenOverdueByDaysPastTheDeadline() {
        JsonNode ageing = leader.get("/api/dashboard/ageing").expect(200);
        assertThat(ageing.properties()).extracting(e -> e.getKey() + "=" + e.getValue().asLong())
                .containsExactly("upTo30=1", "upTo60=1", "upTo120=1", "over120=1");

        JsonNode other = leader.get("/api/dashboard/ageing?committee=" + book.otherCommitteeId()).expect(200);
        assertThat(other.path("upTo30").asLong() + other.path("over120").asLong()).isZero();
        JsonNode soB = api.as(book.world().unitHead(World.SO_B).username()).get("/api/dashboard/ageing").expect(200);
        assertThat(soB.path("upTo30").asLong()).isEqualTo(1);
        assertThat(soB.path("upTo60").asLong()).isEqualTo(1);
        assertThat(soB.path("over120").asLong()).isZero();
    }

    @Test
    void theHeatmapKeepsItsMatricesAndListsOverdueAndNeutralCellsWithTheRowsShortNames() {
        organisation.updateUnit(book.world().admin(), book.world().government().code(), World.SO_B,
                new UnitChange(null, "Sở B", null, null, "Sở Bê"));

        JsonNode heatmap = leader.get("/api/dashboard/heatmap?from=2024-04&to=2024-05").expect(200);

        assertThat(heatmap.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("units", "months", "overdue", "total", "overdueCells", "neutralCells");
        assertThat(texts(heatmap.path("units"), "code")).containsExactly(World.SO_A, World.SO_B, World.HUYEN_A);
        assertThat(texts(heatmap.path("units"), "name")).containsExactly("Sở A", "Sở B", "Huyện A");
        assertThat(texts(heatmap.path("units"), "shortName")).containsExactly(World.SO_A, "Sở Bê", World.HUYEN_A);
        assertThat(heatmap.path("months").toString()).isEqualTo("[\"2024-04\",\"2024-05\"]");
        assertThat(heatmap.path("overdue").toString()).isEqualTo("[[0,0],[0,0],[1,0]]");
        assertThat(heatmap.path("total").toString()).isEqualTo("[[1,0],[0,1],[1,0]]");
        assertThat(heatmap.path("overdueCells").toString())
                .isEqualTo("[{\"unit\":\"HUYEN_A\",\"month\":\"2024-04\",\"overdue\":1,\"total\":1}]");
        assertThat(texts(heatmap.path("neutralCells"), "unit")).containsExactly(World.SO_A, World.SO_B);
        assertThat(texts(heatmap.path("neutralCells"), "month")).containsExactly("2024-04", "2024-05");
        assertThat(texts(heatmap.path("neutralCells"), "overdue")).containsExactly("0", "0");
        assertThat(texts(heatmap.path("neutralCells"), "total")).containsExactly("1", "1");
    }

    @Test
    void aBadPeriodIs400AndACallerWithoutAGovernmentIs403() {
        assertThat(invalidFields(leader.get("/api/dashboard/ranking?from=2024-10-31&to=2024-03-01")))
                .containsExactly("to");
        assertThat(invalidFields(leader.get("/api/dashboard/ageing?committee=999999999"))).containsExactly("committee");
        problem(leader.get("/api/dashboard/ranking?from=31/10/2024"), 400);

        ApiClient admin = api.as(UserService.ADMIN_USERNAME, "test-admin");
        problem(admin.get("/api/dashboard/ranking"), 403);
        problem(admin.get("/api/dashboard/ageing"), 403);
        assertThat(api.get("/api/dashboard/ageing").status()).isEqualTo(401);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }
}
