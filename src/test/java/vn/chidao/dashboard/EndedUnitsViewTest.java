package vn.chidao.dashboard;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import elemental.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitChange;
import vn.chidao.organisation.UnitDto;
import vn.chidao.support.KaribuSupport;
import vn.chidao.support.World;

/**
 * The dashboard's choice between ended units as they were and folded into their successor, which the heatmap and
 * the ranking follow, the ended unit's marks, and the register's unit picker for a period. The book is
 * {@link EndedUnitScenario}'s, seen on 2/9/2024: the last twelve months are 10/2023-9/2024.
 */
class EndedUnitsViewTest extends KaribuSupport {

    static final LocalDate FROM = LocalDate.of(2023, 10, 1);
    static final LocalDate TO = LocalDate.of(2024, 9, 30);

    @Autowired
    EndedUnitScenario scenario;
    @Autowired
    DashboardService dashboard;
    @Autowired
    OrganisationService organisation;

    @Test
    void theHeatmapAndTheRankingFollowTheChoiceAndMarkTheEndedUnit() {
        World world = scenario.build().world();
        organisation.updateUnit(world.admin(), world.government().code(), World.HUYEN_A,
                new UnitChange(null, "Huyện A", null, null, "H. A"));
        Actor leader = world.leader();
        DashboardView view = open(leader);

        assertThat(view.filters.endedUnits.isVisible()).isTrue();
        assertThat(view.filters.endedUnits.getValue()).isEqualTo(EndedUnits.AS_WERE);
        assertThat(view.heatmap.chart.getHeatmap().units()).extracting(Heatmap.UnitRef::code)
                .containsExactly(World.SO_A, World.SO_B, World.HUYEN_A);
        assertThat(_findAll(view.ranking.grid)).isEqualTo(dashboard.ranking(leader, null, FROM, TO, EndedUnits.AS_WERE));
        int huyen = _findAll(view.ranking.grid).stream().map(UnitRanking::code).toList().indexOf(World.HUYEN_A);
        assertThat(_getFormatted(view.ranking.grid, huyen, "unit")).as("its short name, marked")
                .isEqualTo("H. A (cũ)");
        assertThat(((JsonValue) view.heatmap.chart.getElement().getPropertyRaw("data")).toJson())
                .contains("(đã kết thúc 15/04/2024)");

        _setValue(view.filters.endedUnits, EndedUnits.FOLDED);

        Heatmap folded = dashboard.heatmap(leader, null, YearMonth.from(FROM), YearMonth.from(TO), EndedUnits.FOLDED);
        assertThat(view.heatmap.chart.getHeatmap().units()).isEqualTo(folded.units())
                .extracting(Heatmap.UnitRef::code).containsExactly(World.SO_A, World.SO_B);
        assertThat(view.heatmap.chart.getHeatmap().total()).isDeepEqualTo(folded.total());
        assertThat(_findAll(view.ranking.grid)).isEqualTo(dashboard.ranking(leader, null, FROM, TO, EndedUnits.FOLDED))
                .extracting(UnitRanking::code).doesNotContain(World.HUYEN_A);
        assertThat(((JsonValue) view.heatmap.chart.getElement().getPropertyRaw("data")).toJson())
                .contains("(gồm cả HUYEN_A)");
    }

    @Test
    void aUnitRoleIsNotOfferedTheChoice() {
        World world = scenario.build().world();

        assertThat(open(world.focalPoint(World.SO_A)).filters.endedUnits.isVisible()).isFalse();
    }

    @Test
    void theRegistersUnitPickerOffersTheUnitsThatExistedInThePeriod() {
        World world = scenario.build().world();
        loginAs(world.secretariat());
        UI.getCurrent().navigate("register");
        @SuppressWarnings("unchecked")
        ComboBox<UnitDto> unit = _get(ComboBox.class, spec -> spec.withId("filter-unit"));
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("filter-deadline-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("filter-deadline-to"));

        assertThat(codes(unit)).contains(World.HUYEN_A, World.SO_A);
        UnitDto huyen = unit.getListDataView().getItems().filter(u -> u.code().equals(World.HUYEN_A)).findFirst()
                .orElseThrow();
        assertThat(unit.getItemLabelGenerator().apply(huyen)).endsWith("(đã kết thúc 15/04/2024)");

        _setValue(from, LocalDate.of(2024, 5, 1));
        assertThat(codes(unit)).doesNotContain(World.HUYEN_A).contains(World.SO_A);
        _setValue(from, LocalDate.of(2024, 3, 1));
        _setValue(to, LocalDate.of(2024, 3, 31));
        assertThat(codes(unit)).contains(World.HUYEN_A);
        _setValue(unit, huyen);
        _setValue(to, null);
        _setValue(from, LocalDate.of(2024, 5, 1));
        assertThat(codes(unit)).as("the unit chosen stays").contains(World.HUYEN_A);
    }

    private static List<String> codes(ComboBox<UnitDto> unit) {
        return unit.getListDataView().getItems().map(UnitDto::code).toList();
    }

    private DashboardView open(Actor actor) {
        loginAs(actor);
        UI.getCurrent().navigate("dashboard");
        return _get(DashboardView.class);
    }
}
