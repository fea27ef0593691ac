package vn.chidao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.time.Dates;
import vn.chidao.deadline.CriticismService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * The ranking, the overdue ageing and the criticism counts of {@link DashboardScenario}, against the figures
 * written out and against direct counts of the register and the assignments' histories.
 */
class DashboardFiguresTest extends OnTheScenario {

    @Autowired
    DashboardService dashboard;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    CriticismService criticisms;
    @Autowired
    OrganisationService organisation;
    @Autowired
    Fixtures fixtures;

    @Test
    void theRankingOrdersUnitsByOnTimeRateWithTheirDoneAndCriticisedCounts() {
        List<UnitRanking> ranking = dashboard.ranking(world.leader(), null, FROM, TO);

        assertThat(ranking).extracting(UnitRanking::code).containsExactly(World.SO_B, World.SO_A, World.HUYEN_A);
        assertThat(ranking).extracting(UnitRanking::done).containsExactly(1L, 3L, 0L);
        assertThat(ranking).extracting(UnitRanking::doneOnTime).containsExactly(1L, 2L, 0L);
        assertThat(ranking).extracting(UnitRanking::criticised).containsExactly(2L, 0L, 1L);
        assertThat(ranking.get(0).onTimeRate()).isEqualTo(1.0);
        assertThat(ranking.get(1).onTimeRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(ranking.get(2).onTimeRate()).isNull();
        assertThat(ranking.get(1).name()).isEqualTo("Sở A");
        for (UnitRanking line : ranking) {
            assertEqualsTheRegister(world.leader(), line, null, FROM, TO);
        }
    }

    @Test
    void theRankingFollowsTheCommitteeAndThePeriod() {
        UnitRanking soA = dashboard.ranking(world.leader(), Drafts.COMMITTEE, FROM, TO).stream()
                .filter(r -> r.code().equals(World.SO_A)).findFirst().orElseThrow();
        assertThat(soA.done()).isEqualTo(2);
        assertThat(soA.doneOnTime()).isEqualTo(1);
        assertThat(soA.onTimeRate()).isEqualTo(0.5);

        List<UnitRanking> other = dashboard.ranking(world.leader(), Long.toString(book.otherCommitteeId()), FROM, TO);
        assertThat(other).extracting(UnitRanking::code).containsExactly(World.SO_A);
        assertEqualsTheRegister(world.leader(), other.get(0), DashboardScenario.OTHER_COMMITTEE, FROM, TO);

        List<UnitRanking> august = dashboard.ranking(world.leader(), null, LocalDate.of(2024, 8, 1),
                LocalDate.of(2024, 8, 31));
        assertThat(august).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(World.SO_B);
            assertThat(r.done()).isZero();
            assertThat(r.onTimeRate()).isNull();
            assertThat(r.criticised()).isEqualTo(1);
        });
    }

    @Test
    void criticismsPerUnitEqualTheCriticisedStepsOfTheHistories() {
        Map<Long, Long> perUnit = criticisms.criticismsPerUnit(world.leader(), null, null, null);

        assertThat(perUnit).containsOnlyKeys(unitId(World.SO_B), unitId(World.HUYEN_A));
        for (String unit : List.of(World.SO_A, World.SO_B, World.HUYEN_A)) {
            assertThat(perUnit.getOrDefault(unitId(unit), 0L)).as(unit).isEqualTo(criticisedInHistories(unit));
        }
        assertThat(perUnit.get(unitId(World.SO_B))).isEqualTo(2);
        assertThat(criticisms.criticismsPerUnit(world.leader(), null, LocalDate.of(2024, 7, 20), null))
                .containsOnly(Map.entry(unitId(World.SO_B), 1L));
        assertThat(criticisms.criticismsPerUnit(world.leader(), DashboardScenario.OTHER_COMMITTEE, null, null)).isEmpty();
        assertThat(criticisms.criticismsPerUnit(world.focalPoint(World.HUYEN_A), null, null, null))
                .containsOnly(Map.entry(unitId(World.HUYEN_A), 1L));
        assertThatThrownBy(() -> criticisms.criticismsPerUnit(fixtures.admin(), null, null, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theAgeingCountsTheOpenOverdueByDaysPastTheDeadline() {
        OverdueAgeing ageing = dashboard.ageing(world.leader(), null);

        assertThat(ageing).isEqualTo(new OverdueAgeing(1, 1, 1, 1));
        assertThat(ageing).isEqualTo(directAgeing(world.leader()));
        assertThat(ageing.total()).isEqualTo(dashboard.summary(world.leader(), null, null, null).openOverdue());
        assertThat(dashboard.ageing(world.focalPoint(World.SO_B), null)).isEqualTo(new OverdueAgeing(1, 1, 0, 0))
                .isEqualTo(directAgeing(world.focalPoint(World.SO_B)));
        assertThat(dashboard.ageing(world.leader(), DashboardScenario.OTHER_COMMITTEE)).isEqualTo(new OverdueAgeing(0, 0, 0, 0));

    }

    @Test
    void eachBandEndsOnItsLastDay() {
        // days past the deadline of #3, #4, #5, #6 (and #7 from 16/10) on each day, and the bands they make
        Map<LocalDate, OverdueAgeing> bands = new java.util.LinkedHashMap<>();
        bands.put(LocalDate.of(2024, 9, 17), new OverdueAgeing(1, 1, 1, 1)); // 25, 60, 85, 145
        bands.put(LocalDate.of(2024, 9, 18), new OverdueAgeing(1, 0, 2, 1)); // 26, 61, 86, 146
        bands.put(LocalDate.of(2024, 9, 22), new OverdueAgeing(1, 0, 2, 1)); // 30, 65, 90, 150
        bands.put(LocalDate.of(2024, 9, 23), new OverdueAgeing(0, 1, 2, 1)); // 31, 66, 91, 151
        bands.put(LocalDate.of(2024, 10, 22), new OverdueAgeing(1, 1, 2, 1)); // 7, 60, 95, 120, 180
        bands.put(LocalDate.of(2024, 10, 23), new OverdueAgeing(1, 0, 2, 2)); // 8, 61, 96, 121, 181
        bands.forEach((day, expected) -> {
            time.startAt(day, 12, 0);
            assertThat(dashboard.ageing(world.leader(), null)).as("%s", day).isEqualTo(expected)
                    .isEqualTo(directAgeing(world.leader()));
        });
    }

    @Test
    void aUnitRoleRanksOnlyItsOwnUnitAndBadInputIsRefused() {
        assertThat(dashboard.ranking(world.unitHead(World.SO_A), null, FROM, TO)).extracting(UnitRanking::code)
                .containsExactly(World.SO_A);
        assertThatThrownBy(() -> dashboard.ranking(world.leader(), null, TO, FROM))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("to"));
        assertThatThrownBy(() -> dashboard.ageing(world.leader(), "Không có ban này"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("committee"));
        assertThatThrownBy(() -> dashboard.ageing(fixtures.admin(), null)).isInstanceOf(ForbiddenException.class);
    }

    private void assertEqualsTheRegister(Actor actor, UnitRanking line, String committee, LocalDate from, LocalDate to) {
        long onTime = count(actor, line.code(), Timeliness.DONE_ON_TIME, committee, from, to);
        long late = count(actor, line.code(), Timeliness.DONE_LATE, committee, from, to);
        assertThat(line.doneOnTime()).as(line.code()).isEqualTo(onTime);
        assertThat(line.done()).as(line.code()).isEqualTo(onTime + late);
    }

    private long count(Actor actor, String unit, Timeliness timeliness, String committee, LocalDate from, LocalDate to) {
        return register.page(actor, new AssignmentFilter(unit, null, Set.of(timeliness), null, committee, from, to),
                Pageable.ofSize(1)).getTotalElements();
    }

    /** The open overdue assignments of the register, bucketed by hand from their deadlines. */
    private OverdueAgeing directAgeing(Actor actor) {
        LocalDate today = time.now().atZone(Dates.ZONE).toLocalDate();
        long[] buckets = new long[4];
        for (AssignmentRow row : register.page(actor, new AssignmentFilter(null, null,
                Set.of(Timeliness.OPEN_OVERDUE), null, null, null, null), Pageable.ofSize(100)).getContent()) {
            long days = ChronoUnit.DAYS.between(row.deadline(), today);
            buckets[days <= 30 ? 0 : days <= 60 ? 1 : days <= 120 ? 2 : 3]++;
        }
        return new OverdueAgeing(buckets[0], buckets[1], buckets[2], buckets[3]);
    }

    /** The CRITICISED steps in the histories of every assignment of a unit. */
    private long criticisedInHistories(String unit) {
        return register.page(world.leader(), new AssignmentFilter(unit, null, Set.of(), null, null, null, null),
                Pageable.ofSize(100)).getContent().stream()
                .flatMap(row -> assignments.get(world.leader(), row.id()).history().stream())
                .filter(step -> "CRITICISED".equals(step.action())).count();
    }

    private long unitId(String code) {
        return organisation.findUnit(world.government().id(), code).orElseThrow().id();
    }
}
