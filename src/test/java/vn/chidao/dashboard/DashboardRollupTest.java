package vn.chidao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.CancelInput;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.DirectiveService;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.RandomMoves;
import vn.chidao.support.Race;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The rollup behind the dashboard equals a direct count of the register, for the same filter, after random
 * state changes across three months: every split, every heatmap cell.
 */
@ChidaoTest
class DashboardRollupTest {

    static final LocalDate START = LocalDate.of(2024, 3, 4);
    static final List<String> UNITS = List.of(World.SO_A, World.SO_B, World.HUYEN_A);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    RandomMoves moves;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    DirectiveService directives;
    @Autowired
    DashboardService dashboard;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void theFiguresEqualTheRegisterAfterRandomChanges() {
        // -Dseed=<the seed a failure names> replays a failing run
        long seed = Long.getLong("seed", System.nanoTime());
        Random random = new Random(seed);
        World world = fixtures.newWorld();
        time.startAt(START, 9, 0);
        List<ConclusionDetail> issued = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            List<DirectiveDraft> drafts = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                String lead = UNITS.get(random.nextInt(UNITS.size()));
                String other = UNITS.get((UNITS.indexOf(lead) + 1) % UNITS.size());
                drafts.add(random.nextInt(6) == 0 ? Drafts.ongoing(lead)
                        : Drafts.due(START.plusDays(5 + random.nextInt(80)), lead, other));
            }
            issued.add(fixtures.issue(world, Drafts.conclusion(START.minusDays(1), drafts.toArray(DirectiveDraft[]::new))));
        }
        List<Long> ids = issued.stream().flatMap(c -> c.directives().stream()).flatMap(d -> d.assignments().stream())
                .map(a -> a.id()).toList();
        for (int day = 0; day < 90; day += 3) {
            time.startAt(START.plusDays(day), 10, 0);
            for (int move = 0; move < 4; move++) {
                moves.act(world, ids.get(random.nextInt(ids.size())), random);
            }
            if (random.nextInt(15) == 0) {
                cancelOne(world, issued, random);
            }
        }

        time.startAt(START.plusDays(91), 12, 0);
        assertFiguresEqualTheRegister(world, seed);
        time.startAt(START.plusDays(40), 12, 0);
        assertFiguresEqualTheRegister(world, seed);
        assertFiguresEqualTheRegister(world.unitHead(World.SO_B), world, seed);
    }

    @Test
    void twoAssignmentsCountingIntoTheSameNewRowAtOnceAreBothCounted() throws Exception {
        World world = fixtures.newWorld();
        time.startAt(START, 9, 0);
        LocalDate deadline = START.plusDays(20);
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(START,
                Drafts.due(deadline, World.SO_A), Drafts.due(deadline, World.SO_A)));
        long first = issued.directives().get(0).assignments().get(0).id();
        long second = issued.directives().get(1).assignments().get(0).id();
        for (long id : List.of(first, second)) {
            assignments.acknowledge(world.focalPoint(World.SO_A), id);
            assignments.report(world.focalPoint(World.SO_A), id, new CompletionReport("Xong"));
        }
        Actor other = fixtures.user(world, "vp2", vn.chidao.base.Role.SECRETARIAT, null);

        List<Race.Outcome> outcomes = Race.run(() -> assignments.review(world.secretariat(), first, Steps.accept()),
                () -> assignments.review(other, second, Steps.accept()));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        assertThat(dashboard.summary(world.leader(), null, null, null).doneOnTime()).isEqualTo(2);
        assertThat(dashboard.summary(world.leader(), null, null, null).openOnTime()).isZero();
    }

    @Test
    void theDefaultPeriodEndsWithThisMonthOrWithTheLatestDeadlineWhenTheLastYearHadNone() {
        World world = fixtures.newWorld();
        time.startAt(START, 9, 0);
        fixtures.issue(world, Drafts.conclusion(START, Drafts.due(LocalDate.of(2024, 5, 20), World.SO_A)));

        time.startAt(LocalDate.of(2024, 6, 10), 9, 0);
        assertThat(dashboard.defaultPeriod(world.leader(), null))
                .isEqualTo(new DashboardService.MonthRange(YearMonth.of(2023, 7), YearMonth.of(2024, 6)));
        time.startAt(LocalDate.of(2026, 12, 1), 9, 0);
        assertThat(dashboard.defaultPeriod(world.leader(), null))
                .isEqualTo(new DashboardService.MonthRange(YearMonth.of(2023, 6), YearMonth.of(2024, 5)));
        assertThat(dashboard.heatmap(world.leader(), null, null, null).months()).startsWith("2023-06").endsWith("2024-05");
    }

    @Test
    void aUnitRoleSeesOnlyItsUnitAndBadPeriodsAre400() {
        World world = fixtures.newWorld();
        time.startAt(START, 9, 0);
        fixtures.issue(world, Drafts.conclusion(START, Drafts.due(START.plusDays(10), World.SO_A, World.SO_B)));

        Heatmap mine = dashboard.heatmap(world.focalPoint(World.SO_B), null, YearMonth.of(2024, 3), YearMonth.of(2024, 3));
        assertThat(mine.units()).extracting(Heatmap.UnitRef::code).containsExactly(World.SO_B);
        assertThat(dashboard.heatmap(world.leader(), null, YearMonth.of(2024, 3), YearMonth.of(2024, 4)).units())
                .extracting(Heatmap.UnitRef::code).containsExactly(World.SO_A, World.SO_B);
        assertThatThrownBy(() -> dashboard.heatmap(world.leader(), null, YearMonth.of(2024, 4), YearMonth.of(2024, 3)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("to"));
        assertThatThrownBy(() -> dashboard.summary(world.leader(), "Không có ban này", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("committee"));
        assertThatThrownBy(() -> dashboard.summary(fixtures.admin(), null, null, null))
                .isInstanceOf(ForbiddenException.class);
    }

    private void assertFiguresEqualTheRegister(World world, long seed) {
        assertFiguresEqualTheRegister(world.leader(), world, seed);
    }

    private void assertFiguresEqualTheRegister(Actor actor, World world, long seed) {
        LocalDate from = START;
        LocalDate to = START.plusDays(100);
        DashboardSummary summary = dashboard.summary(actor, Drafts.COMMITTEE, from, to);
        assertThat(summary.doneOnTime()).as("seed %d", seed).isEqualTo(count(actor, Timeliness.DONE_ON_TIME, from, to, null));
        assertThat(summary.doneLate()).as("seed %d", seed).isEqualTo(count(actor, Timeliness.DONE_LATE, from, to, null));
        assertThat(summary.openOnTime()).as("seed %d", seed).isEqualTo(count(actor, Timeliness.OPEN_ON_TIME, from, to, null));
        assertThat(summary.openOverdue()).as("seed %d", seed).isEqualTo(count(actor, Timeliness.OPEN_OVERDUE, from, to, null));
        assertThat(summary.ongoing()).as("seed %d", seed).isEqualTo(count(actor, Timeliness.ONGOING, null, null, null));

        Heatmap heatmap = dashboard.heatmap(actor, Drafts.COMMITTEE, YearMonth.from(from), YearMonth.from(to));
        long cells = 0;
        for (int i = 0; i < heatmap.units().size(); i++) {
            for (int j = 0; j < heatmap.months().size(); j++) {
                YearMonth month = YearMonth.parse(heatmap.months().get(j));
                String unit = heatmap.units().get(i).code();
                assertThat(heatmap.overdue()[i][j]).as("overdue %s %s, seed %d", unit, month, seed).isEqualTo(
                        count(actor, EnumSet.of(Timeliness.DONE_LATE, Timeliness.OPEN_OVERDUE), month, unit));
                assertThat(heatmap.total()[i][j]).as("total %s %s, seed %d", unit, month, seed).isEqualTo(
                        count(actor, EnumSet.of(Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE, Timeliness.OPEN_ON_TIME,
                                Timeliness.OPEN_OVERDUE), month, unit));
                cells += heatmap.total()[i][j];
            }
        }
        // the heatmap counts whole months: compare it with the summary of the same months, not of [from, to]
        DashboardSummary months = dashboard.summary(actor, Drafts.COMMITTEE, YearMonth.from(from).atDay(1),
                YearMonth.from(to).atEndOfMonth());
        assertThat(cells).as("seed %d", seed).isEqualTo(months.doneOnTime() + months.doneLate()
                + months.openOnTime() + months.openOverdue());
    }

    private long count(Actor actor, Timeliness timeliness, LocalDate from, LocalDate to, String unit) {
        return register.page(actor, new AssignmentFilter(unit, null, Set.of(timeliness), null, Drafts.COMMITTEE,
                from, to), Pageable.ofSize(1)).getTotalElements();
    }

    private long count(Actor actor, Set<Timeliness> timeliness, YearMonth month, String unit) {
        return register.page(actor, new AssignmentFilter(unit, null, timeliness, null, Drafts.COMMITTEE,
                month.atDay(1), month.atEndOfMonth()), Pageable.ofSize(1)).getTotalElements();
    }

    private void cancelOne(World world, List<ConclusionDetail> issued, Random random) {
        ConclusionDetail conclusion = issued.get(random.nextInt(issued.size()));
        var directive = conclusion.directives().get(random.nextInt(conclusion.directives().size()));
        boolean open = directive.assignments().stream().map(s -> assignments.get(world.secretariat(), s.id()))
                .anyMatch(a -> a.status() != AssignmentStatus.CANCELLED);
        if (open && !assignments.get(world.secretariat(), directive.assignments().get(0).id()).directiveCancelled()) {
            directives.cancel(world.secretariat(), directive.id(), new CancelInput("Không còn phù hợp"));
        }
    }
}
