package vn.chidao.dashboard;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.conclusion.CommitteeDto;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitChange;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The dashboard shows the service's figures for its filters, reloads when they change, opens the register on a
 * heatmap cell's assignments (the overdue ones, or the on-time ones of a neutral cell), labels the heatmap's rows
 * by short name, keeps a unit role to its unit and says what to do when there is nothing yet.
 * The book is {@link DashboardScenario}'s, seen on Monday 2/9/2024: the last twelve months are 10/2023-9/2024.
 */
class DashboardViewTest extends KaribuSupport {

    static final LocalDate FROM = LocalDate.of(2023, 10, 1);
    static final LocalDate TO = LocalDate.of(2024, 9, 30);

    @Autowired
    DashboardScenario scenario;
    @Autowired
    DashboardService dashboard;
    @Autowired
    RegisterService register;
    @Autowired
    OrganisationService organisation;

    @Test
    void theFiguresShownAreTheServicesForTheLastTwelveMonths() {
        DashboardScenario.Book book = scenario.build();
        Actor leader = book.world().leader();
        DashboardView view = open(leader);

        assertThat(view.filters.from.getValue()).isEqualTo(YearMonth.of(2023, 10));
        assertThat(view.filters.to.getValue()).isEqualTo(YearMonth.of(2024, 9));
        DashboardSummary expected = dashboard.summary(leader, null, FROM, TO);
        assertThat(expected).isEqualTo(new DashboardSummary(3, 1, 0, 4, 0));
        assertTilesShow(expected);
        JsonNode series = view.summary.chart.getOption().path("series");
        assertThat(values(series.get(0))).containsExactly(expected.doneOnTime(), expected.openOnTime());
        assertThat(values(series.get(1))).containsExactly(expected.doneLate(), expected.openOverdue());

        Heatmap heatmap = dashboard.heatmap(leader, null, YearMonth.of(2023, 10), YearMonth.of(2024, 9));
        Heatmap drawn = view.heatmap.chart.getHeatmap();
        assertThat(drawn.units()).isEqualTo(heatmap.units());
        assertThat(drawn.months()).isEqualTo(heatmap.months());
        assertThat(drawn.overdue()).isDeepEqualTo(heatmap.overdue());
        assertThat(drawn.total()).isDeepEqualTo(heatmap.total());
        assertThat(((JsonValue) view.heatmap.chart.getElement().getPropertyRaw("data")).toJson())
                .contains("\"monthLabels\":[\"Hạn trong tháng 10/2023\"", "\"axisLabels\":[\"10\\n2023\",\"11\"", "\"SO_B\"");

        List<UnitRanking> ranking = dashboard.ranking(leader, null, FROM, TO);
        assertThat(_findAll(view.ranking.grid)).isEqualTo(ranking);
        assertThat(ranking).extracting(UnitRanking::code).containsExactly(World.SO_B, World.SO_A, World.HUYEN_A);
        assertThat(RankingPanel.percent(ranking.get(1))).isEqualTo("67%");
        OverdueAgeing ageing = dashboard.ageing(leader, null);
        assertThat(new long[] {view.ageing.shown(0), view.ageing.shown(1), view.ageing.shown(2), view.ageing.shown(3)})
                .containsExactly(ageing.upTo30(), ageing.upTo60(), ageing.upTo120(), ageing.over120())
                .containsExactly(1, 1, 1, 1);
        assertThat(tile(Timeliness.OPEN_OVERDUE).getHref())
                .isEqualTo("register?deadlineFrom=2023-10-01&deadlineTo=2024-09-30&timeliness=OPEN_OVERDUE");
    }

    @Test
    void changingTheCommitteeOrThePeriodReloadsEveryFigure() {
        DashboardScenario.Book book = scenario.build();
        Actor leader = book.world().leader();
        DashboardView view = open(leader);

        _setValue(view.filters.committee, committee(view, DashboardScenario.OTHER_COMMITTEE));
        assertTilesShow(new DashboardSummary(1, 0, 0, 0, 0));
        assertThat(view.heatmap.chart.getHeatmap().units()).extracting(Heatmap.UnitRef::code).containsExactly(World.SO_A);
        assertThat(_findAll(view.ranking.grid)).extracting(UnitRanking::code).containsExactly(World.SO_A);
        _get(EmptyState.class, spec -> spec.withId("dashboard-ageing-empty"));
        assertThat(tile(Timeliness.DONE_ON_TIME).getHref()).endsWith("&committee=" + book.otherCommitteeId());

        _setValue(view.filters.committee, null);
        _setValue(view.filters.from, YearMonth.of(2024, 8));
        assertTilesShow(dashboard.summary(leader, null, LocalDate.of(2024, 8, 1), TO));
        assertTilesShow(new DashboardSummary(0, 0, 0, 1, 0));
        assertThat(view.heatmap.chart.getHeatmap().months()).containsExactly("2024-08", "2024-09");
        assertThat(_findAll(view.ranking.grid)).extracting(UnitRanking::code, UnitRanking::criticised)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(World.SO_B, 1L));

        _setValue(view.filters.to, YearMonth.of(2024, 7));
        assertThat(view.filters.to.isInvalid()).isTrue();
        assertTilesShow(new DashboardSummary(0, 0, 0, 1, 0));
        _setValue(view.filters.from, YearMonth.of(2024, 6));
        assertThat(view.filters.to.isInvalid()).isFalse();
        assertTilesShow(new DashboardSummary(0, 0, 0, 2, 0));
    }

    @Test
    void aCellClickOpensTheRegisterOnExactlyThatUnitsOverdueAssignmentsOfTheMonth() {
        DashboardScenario.Book book = scenario.build();
        DashboardView view = open(book.world().leader());
        _setValue(view.filters.committee, committee(view, vn.chidao.support.Drafts.COMMITTEE));

        _fireDomEvent(view.heatmap.chart, "cell-click", cell(World.SO_B, "2024-07"));

        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("register");
        Map<String, List<String>> parameters = location.getQueryParameters().getParameters();
        assertThat(parameters).containsOnly(Map.entry("unit", List.of(World.SO_B)),
                Map.entry("deadlineFrom", List.of("2024-07-01")), Map.entry("deadlineTo", List.of("2024-07-31")),
                Map.entry("timeliness", List.of("DONE_LATE", "OPEN_OVERDUE")),
                Map.entry("committee", List.of(Long.toString(book.committeeId()))));
        List<Long> listed = register.page(book.world().leader(), new AssignmentFilter(World.SO_B, null,
                        EnumSet.of(Timeliness.DONE_LATE, Timeliness.OPEN_OVERDUE), null, Long.toString(book.committeeId()),
                        LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31)), Pageable.ofSize(10))
                .map(AssignmentRow::id).getContent();
        assertThat(listed).containsExactly(book.id(4));

        view = open(book.world().leader());
        _fireDomEvent(view.heatmap.chart, "cell-click", cell(World.HUYEN_A, "2024-04"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("register?" + RegisterLink.overdue(World.HUYEN_A, YearMonth.of(2024, 4), null)
                        .parameters().getQueryString())
                .doesNotContain("committee");
        assertThat(RegisterLink.overdue(World.HUYEN_A, YearMonth.of(2024, 4), 7L).href()).isEqualTo(
                "register?unit=HUYEN_A&deadlineFrom=2024-04-01&deadlineTo=2024-04-30"
                        + "&timeliness=DONE_LATE&timeliness=OPEN_OVERDUE&committee=7");
    }

    @Test
    void aCellWithNothingOverdueIsNeutralAndOpensTheMonthsRegisterOrSaysThereIsNothingToOpen() {
        DashboardScenario.Book book = scenario.build();
        organisation.updateUnit(book.world().admin(), book.world().government().code(), World.SO_B,
                new UnitChange(null, "Sở B", null, null, "Sở Bê"));
        DashboardView view = open(book.world().leader());

        // 10/2023 is column 0; rows SO_A, SO_B, HUYEN_A: SO_A 4/2024 and SO_B 5/2024 were done on time
        JsonNode data = drawn(view);
        assertThat(data.path("neutralCells").toString()).isEqualTo("[[6,0,0,1],[7,1,0,1]]");
        assertThat(data.path("overdueCells").toString())
                .isEqualTo("[[5,0,1,2],[9,1,1,1],[10,1,1,1],[6,2,1,1],[8,2,1,1]]");
        assertThat(data.path("units").findValuesAsText("shortName"))
                .containsExactly(World.SO_A, "Sở Bê", World.HUYEN_A);
        assertThat(data.path("units").findValuesAsText("name")).containsExactly("Sở A", "Sở B", "Huyện A");
        assertThat(data.path("texts").path("neutral").asText()).isEqualTo("Không quá hạn");
        assertThat(view.heatmap.neutral.isVisible()).isTrue();
        assertThat(view.heatmap.neutral.getText()).isEqualTo("Không quá hạn");

        _fireDomEvent(view.heatmap.chart, "cell-click", cell(World.SO_B, "2024-05"));

        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPathWithQueryParameters()).isEqualTo("register?unit=SO_B&deadlineFrom=2024-05-01"
                + "&deadlineTo=2024-05-31&timeliness=DONE_ON_TIME&timeliness=OPEN_ON_TIME");
        List<Long> listed = register.page(book.world().leader(), new AssignmentFilter(World.SO_B, null,
                        EnumSet.of(Timeliness.DONE_ON_TIME, Timeliness.OPEN_ON_TIME), null, null,
                        LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)), Pageable.ofSize(10))
                .map(AssignmentRow::id).getContent();
        assertThat(listed).containsExactly(book.id(8));

        view = open(book.world().leader());
        _fireDomEvent(view.heatmap.chart, "cell-click", cell(World.SO_B, "2024-06"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dashboard");
        expectNotifications("Sở B, hạn trong tháng 06/2024: không có nhiệm vụ nào để mở.");

        _setValue(view.filters.from, YearMonth.of(2024, 6));
        assertThat(drawn(view).path("neutralCells").size()).isZero();
        assertThat(view.heatmap.neutral.isVisible()).as("no neutral cell: no legend entry").isFalse();
    }

    @Test
    void aUnitRoleSeesOnlyItsOwnUnit() {
        DashboardScenario.Book book = scenario.build();
        Actor focal = book.world().focalPoint(World.SO_B);
        DashboardView view = open(focal);

        assertTilesShow(dashboard.summary(focal, null, FROM, TO));
        assertTilesShow(new DashboardSummary(1, 0, 0, 2, 0));
        assertThat(view.heatmap.chart.getHeatmap().units()).extracting(Heatmap.UnitRef::code).containsExactly(World.SO_B);
        assertThat(_findAll(view.ranking.grid)).extracting(UnitRanking::code).containsExactly(World.SO_B);
        assertThat(view.ageing.shown(0) + view.ageing.shown(1) + view.ageing.shown(2) + view.ageing.shown(3)).isEqualTo(2);
        assertThat(menu()).contains("dashboard");
    }

    @Test
    void withNothingAssignedYetTheDashboardSaysWhatToDo() {
        World world = fixtures.newWorld();
        open(world.secretariat());

        EmptyState nothing = _get(EmptyState.class, spec -> spec.withId("dashboard-nothing"));
        assertThat(_get(nothing, Span.class, spec -> spec.withClasses("chidao-empty-hint")).getText())
                .contains("Hãy soạn thông báo kết luận");
        _get(Button.class, spec -> spec.withId("dashboard-create-conclusion"));
        _assertNone(Anchor.class, spec -> spec.withId("dashboard-count-DONE_ON_TIME"));

        open(world.leader());
        _get(EmptyState.class, spec -> spec.withId("dashboard-nothing"));
        _assertNone(Button.class, spec -> spec.withId("dashboard-create-conclusion"));
        assertThat(menu()).contains("dashboard");

        loginAs(fixtures.user(world, "qt", Role.ADMIN, null));
        UI.getCurrent().navigate("");
        assertThat(menu()).as("a government's administrator reads its figures").contains("dashboard");
        loginAs(fixtures.admin());
        UI.getCurrent().navigate("");
        assertThat(menu()).as("the installation's administrator has no government").doesNotContain("dashboard");
    }

    private DashboardView open(Actor actor) {
        loginAs(actor);
        UI.getCurrent().navigate("dashboard");
        return _get(DashboardView.class);
    }

    /** What the browser sends with a click on a cell (chidao-heatmap.js). */
    private static JsonObject cell(String unit, String month) {
        JsonObject data = Json.createObject();
        data.put("event.detail.unit", unit);
        data.put("event.detail.month", month);
        return data;
    }

    /** The data the heatmap's element was given. */
    private static JsonNode drawn(DashboardView view) {
        try {
            return new ObjectMapper().readTree(((JsonValue) view.heatmap.chart.getElement().getPropertyRaw("data"))
                    .toJson());
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static CommitteeDto committee(DashboardView view, String name) {
        return view.filters.committee.getListDataView().getItems().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Anchor tile(Timeliness timeliness) {
        return _get(Anchor.class, spec -> spec.withId("dashboard-count-" + timeliness.name()));
    }

    private static void assertTilesShow(DashboardSummary expected) {
        assertThat(SummaryPanel.TILES.stream().map(t -> _get(tile(t), Span.class,
                spec -> spec.withClasses("chidao-count-number")).getText()).toList())
                .containsExactly(Long.toString(expected.doneOnTime()), Long.toString(expected.doneLate()),
                        Long.toString(expected.openOnTime()), Long.toString(expected.openOverdue()),
                        Long.toString(expected.ongoing()));
    }

    private static List<Long> values(JsonNode series) {
        return java.util.stream.StreamSupport.stream(series.path("data").spliterator(), false)
                .map(item -> item.path("value").asLong()).toList();
    }

    private static List<String> menu() {
        return MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path)
                .map(path -> path.startsWith("/") ? path.substring(1) : path).toList();
    }
}
