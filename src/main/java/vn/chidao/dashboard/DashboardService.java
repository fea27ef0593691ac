package vn.chidao.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.AssignmentBucket.Standing;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.deadline.CriticismService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * The leaders' figures for the caller's government (a unit head or focal point: their own unit only),
 * optionally one committee, by deadline. Read from the rollup, so the cost grows with units × days, not with
 * assignments; the split is the one the register shows for the same filter ({@link Standing#timeliness}).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final int MAX_MONTHS = 120;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final RollupStore rollup;
    private final ConclusionService conclusions;
    private final OrganisationService organisation;
    private final CriticismService criticisms;
    private final AppClock clock;

    DashboardService(RollupStore rollup, ConclusionService conclusions, OrganisationService organisation,
                     CriticismService criticisms, AppClock clock) {
        this.rollup = rollup;
        this.conclusions = conclusions;
        this.organisation = organisation;
        this.criticisms = criticisms;
        this.clock = clock;
    }

    /** {@code from}/{@code to}: the deadline within these days, both included; either end open when null. */
    public DashboardSummary summary(Actor actor, String committee, LocalDate from, LocalDate to) {
        return summary(actor, committee, from, to, LocalDate.now(clock));
    }

    /**
     * The same split judged on {@code asOf} instead of today (an open assignment due before it counts overdue): the
     * figures of a report "as of" a day, equal to the dashboard's on that day for the assignments as they stand.
     */
    public DashboardSummary summary(Actor actor, String committee, LocalDate from, LocalDate to, LocalDate asOf) {
        Scope scope = scope(actor, committee);
        LocalDate start = start(from);
        LocalDate end = end(start, to);
        long[] counts = new long[Timeliness.values().length];
        for (long[] unit : split(actor, scope, start, end, asOf).values()) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += unit[i];
            }
        }
        long ongoing = rollup.rows(actor.governmentId(), scope.committeeId, scope.unitId, RollupStore.NO_DEADLINE,
                RollupStore.NO_DEADLINE).stream().filter(r -> r.standing() == Standing.ONGOING)
                .mapToLong(RollupStore.Row::n).sum();
        return new DashboardSummary(counts[Timeliness.DONE_ON_TIME.ordinal()], counts[Timeliness.DONE_LATE.ordinal()],
                counts[Timeliness.OPEN_ON_TIME.ordinal()], counts[Timeliness.OPEN_OVERDUE.ordinal()], ongoing);
    }

    /**
     * The same split per unit, in the government's unit order, judged on {@code asOf}: the units with an
     * assignment due in [from, to] (cancelled ones left out), ended units as they were. Its lines add up to
     * {@link #summary}'s figures.
     */
    public List<UnitSplit> unitSplit(Actor actor, String committee, LocalDate from, LocalDate to, LocalDate asOf) {
        return unitSplit(actor, committee, from, to, asOf, EndedUnits.AS_WERE);
    }

    /** {@link #unitSplit} with ended units as they were or folded into their successor ({@link EndedUnits}). */
    public List<UnitSplit> unitSplit(Actor actor, String committee, LocalDate from, LocalDate to, LocalDate asOf,
                                     EndedUnits ended) {
        Scope scope = scope(actor, committee);
        LocalDate start = start(from);
        UnitLines lines = lines(actor, ended);
        Map<Long, long[]> byUnit = lines.fold(split(actor, scope, start, end(start, to), asOf), DashboardService::plus);
        List<UnitSplit> split = new ArrayList<>();
        for (UnitLines.Line line : lines.lines(byUnit::containsKey)) {
            long[] c = byUnit.get(line.unit().id());
            if (c[Timeliness.DONE_ON_TIME.ordinal()] + c[Timeliness.DONE_LATE.ordinal()]
                    + c[Timeliness.OPEN_ON_TIME.ordinal()] + c[Timeliness.OPEN_OVERDUE.ordinal()] > 0) {
                split.add(new UnitSplit(line.unit().code(), line.unit().name(), c[Timeliness.DONE_ON_TIME.ordinal()],
                        c[Timeliness.DONE_LATE.ordinal()], c[Timeliness.OPEN_ON_TIME.ordinal()],
                        c[Timeliness.OPEN_OVERDUE.ordinal()], line.endedOn(), line.folded()));
            }
        }
        return split;
    }

    /**
     * Whether the caller's dashboard has a choice to offer in {@link EndedUnits}: the government has an ended unit and
     * the caller sees the whole government (a unit role sees its own unit only).
     */
    public boolean hasEndedUnits(Actor actor) {
        return actor.governmentId() != null && actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN)
                && organisation.unitsOf(actor.governmentId()).stream().anyMatch(UnitDto::isEnded);
    }

    private UnitLines lines(Actor actor, EndedUnits ended) {
        return UnitLines.of(organisation.unitsOf(actor.governmentId()), ended);
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }

    /** Counts by unit and timeliness (indexed by {@link Timeliness#ordinal}) of the rollup rows due in [start, end]. */
    private Map<Long, long[]> split(Actor actor, Scope scope, LocalDate start, LocalDate end, LocalDate asOf) {
        Map<Long, long[]> byUnit = new HashMap<>();
        for (RollupStore.Row row : rollup.rows(actor.governmentId(), scope.committeeId, scope.unitId, start, end)) {
            byUnit.computeIfAbsent(row.unitId(), u -> new long[Timeliness.values().length])
                    [row.standing().timeliness(row.deadline(), asOf).ordinal()] += row.n();
        }
        return byUnit;
    }

    /** Twelve months of deadlines, both ends included. */
    public record MonthRange(YearMonth from, YearMonth to) {
    }

    /**
     * The period shown when none is chosen: the twelve months ending with this one, or, when nothing fell due in
     * them, the twelve ending with the latest month that had a deadline (an older committee's figures stay in view).
     */
    public MonthRange defaultPeriod(Actor actor, String committee) {
        Scope scope = scope(actor, committee);
        return defaultPeriod(actor, scope);
    }

    private MonthRange defaultPeriod(Actor actor, Scope scope) {
        YearMonth now = YearMonth.now(clock);
        YearMonth last = rollup.latestDeadline(actor.governmentId(), scope.committeeId, scope.unitId, now.atEndOfMonth())
                .map(YearMonth::from).filter(latest -> latest.isBefore(now.minusMonths(11))).orElse(now);
        return new MonthRange(last.minusMonths(11), last);
    }

    /** {@code from}/{@code to}: months of the deadline, both included; by default {@link #defaultPeriod}. */
    public Heatmap heatmap(Actor actor, String committee, YearMonth from, YearMonth to) {
        return heatmap(actor, committee, from, to, EndedUnits.AS_WERE);
    }

    /** {@link #heatmap} with ended units as they were or folded into their successor ({@link EndedUnits}). */
    public Heatmap heatmap(Actor actor, String committee, YearMonth from, YearMonth to, EndedUnits ended) {
        Scope scope = scope(actor, committee);
        YearMonth last = to == null ? (from == null ? defaultPeriod(actor, scope).to() : from.plusMonths(11)) : to;
        YearMonth first = from == null ? last.minusMonths(11) : from;
        if (last.isBefore(first)) {
            throw InvalidInputException.of("to", "error.dashboard.toBeforeFrom");
        }
        int months = (int) ChronoUnit.MONTHS.between(first, last) + 1;
        if (months > MAX_MONTHS) {
            throw InvalidInputException.of("to", "error.dashboard.tooManyMonths", MAX_MONTHS);
        }
        LocalDate today = LocalDate.now(clock);
        UnitLines lines = lines(actor, ended);
        Map<Long, long[][]> byUnit = new HashMap<>();
        for (RollupStore.Row row : rollup.rows(actor.governmentId(), scope.committeeId, scope.unitId,
                first.atDay(1), last.atEndOfMonth())) {
            if (row.standing() == Standing.CANCELLED) {
                continue;
            }
            long[][] cells = byUnit.computeIfAbsent(lines.lineOf(row.unitId()), u -> new long[2][months]);
            int month = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(row.deadline()));
            Timeliness timeliness = row.standing().timeliness(row.deadline(), today);
            if (timeliness == Timeliness.DONE_LATE || timeliness == Timeliness.OPEN_OVERDUE) {
                cells[0][month] += row.n();
            }
            cells[1][month] += row.n();
        }
        List<Heatmap.UnitRef> units = new ArrayList<>();
        List<long[]> overdue = new ArrayList<>();
        List<long[]> total = new ArrayList<>();
        for (UnitLines.Line line : lines.lines(byUnit::containsKey)) {
            UnitDto unit = line.unit();
            long[][] cells = byUnit.get(unit.id());
            units.add(new Heatmap.UnitRef(unit.code(), unit.name(), unit.shortNameOrCode(), line.endedOn(),
                    line.folded()));
            overdue.add(cells[0]);
            total.add(cells[1]);
        }
        List<String> labels = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            labels.add(first.plusMonths(m).toString());
        }
        return new Heatmap(units, labels, overdue.toArray(long[][]::new), total.toArray(long[][]::new));
    }

    /**
     * The units by on-time rate (done on time ÷ done) of their assignments due in [from, to], best first; units
     * with nothing done yet come last. Each line also counts the criticisms of those assignments.
     */
    public List<UnitRanking> ranking(Actor actor, String committee, LocalDate from, LocalDate to) {
        return ranking(actor, committee, from, to, EndedUnits.AS_WERE);
    }

    /** {@link #ranking} with ended units as they were or folded into their successor ({@link EndedUnits}). */
    public List<UnitRanking> ranking(Actor actor, String committee, LocalDate from, LocalDate to, EndedUnits ended) {
        Scope scope = scope(actor, committee);
        UnitLines lines = lines(actor, ended);
        LocalDate start = start(from);
        LocalDate end = end(start, to);
        Map<Long, long[]> byUnit = new HashMap<>();
        for (RollupStore.Row row : rollup.rows(actor.governmentId(), scope.committeeId, scope.unitId, start, end)) {
            if (row.standing() == Standing.CANCELLED) {
                continue;
            }
            long[] counts = byUnit.computeIfAbsent(lines.lineOf(row.unitId()), u -> new long[2]);
            if (row.standing() == Standing.DONE_ON_TIME || row.standing() == Standing.DONE_LATE) {
                counts[0] += row.n();
            }
            if (row.standing() == Standing.DONE_ON_TIME) {
                counts[1] += row.n();
            }
        }
        Map<Long, Long> criticised = lines.fold(criticisms.criticismsPerUnit(actor, committee, start, end), Long::sum);
        List<UnitRanking> ranking = new ArrayList<>();
        for (UnitLines.Line line : lines.lines(u -> byUnit.containsKey(u) || criticised.containsKey(u))) {
            UnitDto unit = line.unit();
            long[] counts = byUnit.get(unit.id());
            Long times = criticised.get(unit.id());
            long done = counts == null ? 0 : counts[0];
            long onTime = counts == null ? 0 : counts[1];
            ranking.add(new UnitRanking(unit.code(), unit.name(), unit.shortNameOrCode(), done, onTime,
                    done == 0 ? null : (double) onTime / done, times == null ? 0 : times, line.endedOn(),
                    line.folded()));
        }
        ranking.sort(Comparator.comparing(UnitRanking::onTimeRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(UnitRanking::done).reversed())
                .thenComparing(UnitRanking::code));
        return ranking;
    }

    /** Every assignment open past its deadline today (whatever the deadline), by days past the deadline. */
    public OverdueAgeing ageing(Actor actor, String committee) {
        Scope scope = scope(actor, committee);
        LocalDate today = LocalDate.now(clock);
        long[] buckets = new long[4];
        for (RollupStore.Row row : rollup.rows(actor.governmentId(), scope.committeeId, scope.unitId, EARLIEST,
                today.minusDays(1))) {
            if (row.standing().timeliness(row.deadline(), today) == Timeliness.OPEN_OVERDUE) {
                long days = ChronoUnit.DAYS.between(row.deadline(), today);
                buckets[days <= 30 ? 0 : days <= 60 ? 1 : days <= 120 ? 2 : 3] += row.n();
            }
        }
        return new OverdueAgeing(buckets[0], buckets[1], buckets[2], buckets[3]);
    }

    private static LocalDate start(LocalDate from) {
        return from == null ? EARLIEST : from;
    }

    private static LocalDate end(LocalDate start, LocalDate to) {
        LocalDate end = to == null ? RollupStore.NO_DEADLINE.minusDays(1) : to;
        if (end.isBefore(start)) {
            throw InvalidInputException.of("to", "error.dashboard.toBeforeFrom");
        }
        return end;
    }

    private record Scope(Long committeeId, Long unitId) {
    }

    /** The whole government for the secretariat, leaders and admins; their own unit for unit roles. */
    private Scope scope(Actor actor, String committee) {
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
        Long committeeId = committee == null || committee.isBlank() ? null
                : conclusions.committee(actor, committee, "committee").id();
        if (actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN)) {
            return new Scope(committeeId, null);
        }
        actor.require(Role.UNIT_HEAD, Role.FOCAL_POINT);
        return new Scope(committeeId, actor.unitId());
    }
}
