package vn.chidao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.assignment.Timeliness;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitChange;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The heatmap's cells of {@link DashboardScenario} split into overdue ones (on the colour scale) and neutral ones
 * (work, none of it overdue), each neutral cell's assignments being what its register link lists; its rows
 * labelled by the units' short names, or their codes when they have none.
 */
@ChidaoTest
class HeatmapCellsTest {

    @Autowired
    DashboardScenario scenario;
    @Autowired
    DashboardService dashboard;
    @Autowired
    OrganisationService organisation;
    @Autowired
    RegisterService register;
    @Autowired
    TimeTravel time;

    World world;

    @BeforeEach
    void build() {
        world = scenario.build().world();
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void aCellWithWorkButNothingOverdueIsNeutralAndOneWithOverdueWorkIsOnTheScale() {
        Heatmap heatmap = dashboard.heatmap(world.leader(), null, YearMonth.of(2024, 3), YearMonth.of(2024, 10));

        assertThat(heatmap.overdueCells()).extracting(Heatmap.Cell::unit, Heatmap.Cell::month, Heatmap.Cell::overdue,
                Heatmap.Cell::total).containsExactly(
                tuple(World.SO_A, "2024-03", 1L, 2L),
                tuple(World.SO_B, "2024-07", 1L, 1L),
                tuple(World.SO_B, "2024-08", 1L, 1L),
                tuple(World.HUYEN_A, "2024-04", 1L, 1L),
                tuple(World.HUYEN_A, "2024-06", 1L, 1L));
        // done on time (SO_A 4/2024 of the other committee, SO_B 5/2024) and open on time (HUYEN_A 10/2024)
        assertThat(heatmap.neutralCells()).extracting(Heatmap.Cell::unit, Heatmap.Cell::month, Heatmap.Cell::overdue,
                Heatmap.Cell::total).containsExactly(
                tuple(World.SO_A, "2024-04", 0L, 1L),
                tuple(World.SO_B, "2024-05", 0L, 1L),
                tuple(World.HUYEN_A, "2024-10", 0L, 1L));
        assertThat(heatmap.cell(World.SO_B, "2024-05")).contains(new Heatmap.Cell(World.SO_B, "2024-05", 0, 1));
        assertThat(heatmap.cell(World.SO_B, "2024-06")).as("no work: no cell").isEmpty();
        assertThat(heatmap.cell("KHONG_CO", "2024-05")).isEmpty();
        for (Heatmap.Cell cell : heatmap.neutralCells()) {
            YearMonth month = YearMonth.parse(cell.month());
            long listed = register.page(world.leader(), new AssignmentFilter(cell.unit(), null,
                    EnumSet.of(Timeliness.DONE_ON_TIME, Timeliness.OPEN_ON_TIME), null, null, month.atDay(1),
                    month.atEndOfMonth()), Pageable.ofSize(10)).getTotalElements();
            assertThat(listed).as("the register of %s %s", cell.unit(), cell.month()).isEqualTo(cell.total());
        }

        Heatmap committee = dashboard.heatmap(world.leader(), Drafts.COMMITTEE, YearMonth.of(2024, 3),
                YearMonth.of(2024, 10));
        assertThat(committee.neutralCells()).extracting(Heatmap.Cell::unit, Heatmap.Cell::month)
                .containsExactly(tuple(World.SO_B, "2024-05"), tuple(World.HUYEN_A, "2024-10"));
    }

    @Test
    void aRowShowsTheUnitsShortNameOrItsCodeWhenItHasNone() {
        organisation.updateUnit(world.admin(), world.government().code(), World.SO_B,
                new UnitChange(null, "Sở B", null, null, "  Sở Bê  "));

        Heatmap heatmap = dashboard.heatmap(world.leader(), null, YearMonth.of(2024, 3), YearMonth.of(2024, 10));

        assertThat(heatmap.units())
                .extracting(Heatmap.UnitRef::code, Heatmap.UnitRef::name, Heatmap.UnitRef::shortName)
                .containsExactly(tuple(World.SO_A, "Sở A", World.SO_A), tuple(World.SO_B, "Sở B", "Sở Bê"),
                        tuple(World.HUYEN_A, "Huyện A", World.HUYEN_A));

        organisation.updateUnit(world.admin(), world.government().code(), World.SO_B,
                new UnitChange(null, "Sở B", null, null, ""));
        assertThat(dashboard.heatmap(world.leader(), null, YearMonth.of(2024, 5), YearMonth.of(2024, 5)).units())
                .extracting(Heatmap.UnitRef::shortName).containsExactly(World.SO_B);
    }
}
