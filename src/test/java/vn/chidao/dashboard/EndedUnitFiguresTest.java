package vn.chidao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.Problems.invalidFields;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The figures of {@link EndedUnitScenario} across the end of HUYEN_A: each assignment counts for the unit that held
 * it when it was done or, while open, for the unit that holds it now; every line of the split, the ranking and the
 * heatmap, before, across and after the end, equals a direct count of the register, with the ended unit as it was
 * or folded into its successor.
 */
@ChidaoTest
class EndedUnitFiguresTest {

    /** Deadlines before the end, across it, after it, and all of them. */
    static final List<LocalDate[]> PERIODS = List.of(
            new LocalDate[] {LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)},
            new LocalDate[] {LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)},
            new LocalDate[] {LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30)},
            new LocalDate[] {LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)});
    static final Set<Timeliness> COUNTED = EnumSet.of(Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE,
            Timeliness.OPEN_ON_TIME, Timeliness.OPEN_OVERDUE);

    @LocalServerPort
    int port;
    @Autowired
    EndedUnitScenario scenario;
    @Autowired
    TimeTravel time;
    @Autowired
    DashboardService dashboard;
    @Autowired
    RegisterService register;
    @Autowired
    ProgressReportService reports;

    EndedUnitScenario.Book book;
    World world;

    @BeforeEach
    void build() {
        book = scenario.build();
        world = book.world();
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void doneWorkStaysWithTheUnitThatHeldItAndOpenWorkMovesToTheSuccessor() {
        assertThat(ids(World.HUYEN_A)).containsExactlyInAnyOrder(book.id(1), book.id(2), book.id(6));
        assertThat(ids(World.SO_A)).containsExactlyInAnyOrder(book.id(3), book.id(4), book.id(5), book.id(7));
        // reported before the end, accepted after it: done when the successor held it, on time by its report's day
        AssignmentRow reported = row(book.id(3));
        assertThat(reported.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(reported.unitCode()).isEqualTo(World.SO_A);
        assertThat(count(world.leader(), World.SO_A, Set.of(Timeliness.DONE_ON_TIME), null, null)).isEqualTo(2);
    }

    @Test
    void asTheyWereEveryLineEqualsTheRegisterBeforeAndAfterTheEnd() {
        List<UnitSplit> march = dashboard.unitSplit(world.leader(), null, PERIODS.get(0)[0], PERIODS.get(0)[1],
                EndedUnitScenario.TODAY, EndedUnits.AS_WERE);
        assertThat(march).extracting(UnitSplit::code).containsExactly(World.SO_B, World.HUYEN_A);
        UnitSplit huyen = march.get(1);
        assertThat(List.of(huyen.doneOnTime(), huyen.doneLate(), huyen.openOnTime(), huyen.openOverdue()))
                .containsExactly(1L, 1L, 0L, 0L);
        assertThat(huyen.endedOn()).isEqualTo(EndedUnitScenario.ENDED);
        assertThat(huyen.folded()).isEmpty();
        List<UnitRanking> june = dashboard.ranking(world.leader(), null, PERIODS.get(2)[0], PERIODS.get(2)[1],
                EndedUnits.AS_WERE);
        assertThat(june).extracting(UnitRanking::code).containsExactly(World.HUYEN_A);

        for (LocalDate[] period : PERIODS) {
            assertEveryLineEqualsTheRegister(period[0], period[1], EndedUnits.AS_WERE);
        }
    }

    @Test
    void foldedTheSuccessorCountsTheEndedUnitAndEqualsTheRegisterOfBoth() {
        LocalDate from = PERIODS.get(3)[0];
        LocalDate to = PERIODS.get(3)[1];
        List<UnitSplit> split = dashboard.unitSplit(world.leader(), null, from, to, EndedUnitScenario.TODAY,
                EndedUnits.FOLDED);
        assertThat(split).extracting(UnitSplit::code).containsExactly(World.SO_A, World.SO_B);
        assertThat(split.get(0).folded()).containsExactly(World.HUYEN_A);
        assertThat(split.get(0).assigned()).isEqualTo(7);
        assertThat(dashboard.heatmap(world.leader(), null, YearMonth.of(2024, 3), YearMonth.of(2024, 6),
                EndedUnits.FOLDED).units()).extracting(Heatmap.UnitRef::code).containsExactly(World.SO_A, World.SO_B);

        for (LocalDate[] period : PERIODS) {
            assertEveryLineEqualsTheRegister(period[0], period[1], EndedUnits.FOLDED);
        }
        // the totals do not depend on the choice
        assertThat(sum(dashboard.unitSplit(world.leader(), null, from, to, EndedUnitScenario.TODAY, EndedUnits.AS_WERE)))
                .isEqualTo(sum(split)).isEqualTo(count(world.leader(), null, COUNTED, from, to));
    }

    @Test
    void theReportToTheChairmanMarksTheEndedUnitOrFoldsIt() {
        LocalDate from = PERIODS.get(3)[0];
        LocalDate to = PERIODS.get(3)[1];
        List<String> asWere = unitColumn(reports.progress(world.leader(), null, from, to, EndedUnits.AS_WERE));
        assertThat(asWere).containsExactly("Sở A", "Sở B", "Huyện A (đã kết thúc 15/04/2024)", "Tổng cộng");
        List<String> folded = unitColumn(reports.progress(world.leader(), null, from, to, EndedUnits.FOLDED));
        assertThat(folded).containsExactly("Sở A", "Sở B", "Tổng cộng");
    }

    private static List<String> unitColumn(ProgressReportService.ReportFile file) {
        return ReportDocs.rows(ReportDocs.open(file.bytes()), "TT", "Đơn vị", "Được giao").stream()
                .map(row -> row.get(1)).toList();
    }

    @Test
    void theApiTakesTheChoiceAndRefusesAnUnknownOne() {
        ApiClient leader = ApiClient.on(port).as(world.leader().username());
        JsonNode asWere = leader.get("/api/dashboard/ranking?from=2024-03-01&to=2024-03-31").expect(200);
        JsonNode huyen = asWere.get(asWere.findValuesAsText("code").indexOf(World.HUYEN_A));
        assertThat(huyen.path("endedOn").asText()).isEqualTo("2024-04-15");
        JsonNode folded = leader.get("/api/dashboard/heatmap?from=2024-03&to=2024-06&endedUnits=FOLDED").expect(200);
        assertThat(folded.path("units").findValuesAsText("code")).containsExactly(World.SO_A, World.SO_B);
        assertThat(folded.path("units").get(0).path("folded").get(0).asText()).isEqualTo(World.HUYEN_A);
        assertThat(invalidFields(leader.get("/api/dashboard/ranking?endedUnits=MERGED")))
                .containsExactly("endedUnits");

        JsonNode march = leader.get("/api/units?existedFrom=2024-03-01&existedTo=2024-03-31").expect(200);
        assertThat(march.findValuesAsText("code")).contains(World.HUYEN_A);
        JsonNode may = leader.get("/api/units?existedFrom=2024-05-01").expect(200);
        assertThat(may.findValuesAsText("code")).doesNotContain(World.HUYEN_A).contains(World.SO_A);
        assertThat(invalidFields(leader.get("/api/units?existedFrom=2024-05-01&existedTo=2024-04-01")))
                .containsExactly("existedTo");
    }

    /**
     * Each line of the split, the ranking and the heatmap of the period equals the register's count for its unit
     * (and, folded, for the ended units it counts), with the same deadlines.
     */
    private void assertEveryLineEqualsTheRegister(LocalDate from, LocalDate to, EndedUnits ended) {
        Actor leader = world.leader();
        String period = from + ".." + to + " " + ended;
        for (UnitSplit line : dashboard.unitSplit(leader, null, from, to, EndedUnitScenario.TODAY, ended)) {
            List<String> units = units(line.code(), line.folded());
            assertThat(line.doneOnTime()).as(period).isEqualTo(count(leader, units, Timeliness.DONE_ON_TIME, from, to));
            assertThat(line.doneLate()).as(period).isEqualTo(count(leader, units, Timeliness.DONE_LATE, from, to));
            assertThat(line.openOnTime()).as(period).isEqualTo(count(leader, units, Timeliness.OPEN_ON_TIME, from, to));
            assertThat(line.openOverdue()).as(period).isEqualTo(count(leader, units, Timeliness.OPEN_OVERDUE, from, to));
        }
        for (UnitRanking line : dashboard.ranking(leader, null, from, to, ended)) {
            List<String> units = units(line.code(), line.folded());
            assertThat(line.doneOnTime()).as(period).isEqualTo(count(leader, units, Timeliness.DONE_ON_TIME, from, to));
            assertThat(line.done()).as(period).isEqualTo(count(leader, units, Timeliness.DONE_ON_TIME, from, to)
                    + count(leader, units, Timeliness.DONE_LATE, from, to));
        }
        Heatmap heatmap = dashboard.heatmap(leader, null, YearMonth.from(from), YearMonth.from(to), ended);
        for (int i = 0; i < heatmap.units().size(); i++) {
            Heatmap.UnitRef unit = heatmap.units().get(i);
            List<String> units = units(unit.code(), unit.folded());
            for (int j = 0; j < heatmap.months().size(); j++) {
                YearMonth month = YearMonth.parse(heatmap.months().get(j));
                LocalDate first = month.atDay(1);
                LocalDate last = month.atEndOfMonth();
                assertThat(heatmap.total()[i][j]).as(period + " " + unit.code() + " " + month)
                        .isEqualTo(units.stream().mapToLong(u -> count(leader, u, COUNTED, first, last)).sum());
                assertThat(heatmap.overdue()[i][j]).as(period + " " + unit.code() + " " + month)
                        .isEqualTo(units.stream().mapToLong(u -> count(leader, u,
                                EnumSet.of(Timeliness.DONE_LATE, Timeliness.OPEN_OVERDUE), first, last)).sum());
            }
        }
        // every assignment of the period is on exactly one line
        assertThat(sum(dashboard.unitSplit(leader, null, from, to, EndedUnitScenario.TODAY, ended))).as(period)
                .isEqualTo(count(leader, null, COUNTED, from, to));
    }

    private static List<String> units(String code, List<String> folded) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(code), folded.stream()).toList();
    }

    private static long sum(List<UnitSplit> split) {
        return split.stream().mapToLong(UnitSplit::assigned).sum();
    }

    private long count(Actor actor, List<String> units, Timeliness timeliness, LocalDate from, LocalDate to) {
        return units.stream().mapToLong(u -> count(actor, u, Set.of(timeliness), from, to)).sum();
    }

    private long count(Actor actor, String unit, Set<Timeliness> timeliness, LocalDate from, LocalDate to) {
        return register.count(actor, new AssignmentFilter(unit, null, timeliness, null, null, from, to));
    }

    private List<Long> ids(String unit) {
        return register.page(world.leader(), new AssignmentFilter(unit, null, Set.of(), null, null, null, null),
                Pageable.ofSize(100)).map(AssignmentRow::id).getContent();
    }

    private AssignmentRow row(long id) {
        return register.page(world.leader(), AssignmentFilter.all(), Pageable.ofSize(100)).stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
