package vn.chidao.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.organisation.UnitEnd;

/**
 * The reorganisation part of a seed file, checked on paper as {@link Replay} will replay it: each change names
 * declared units, ends a unit that exists on its day (after its {@code validFrom}, not ended before), hands over to
 * units that exist that day, and nothing acts on an ended unit afterwards: no conclusion names it once the
 * replay has ended it (a draft, or a notice waiting for approval, never may: it would name an ended unit when it
 * is submitted or approved), no step acts on it from its last day, no directive names a unit before its
 * {@code validFrom}. Users of an ended unit count as users of its first successor from then on.
 */
final class ChangeCheck {

    private static final Pattern DIRECTIVE = Pattern.compile("conclusions\\[(\\d+)]\\.directives\\[(\\d+)]");

    private final SeedFile seed;
    private final LocalDate today;
    private final Set<String> units;
    private final BiConsumer<String, String> problem;
    /** Each ended unit's last day (exclusive: the day of the change) and the change that ends it. */
    private final Map<String, LocalDate> endsOn = new HashMap<>();
    private final Map<String, Integer> endedBy = new HashMap<>();
    /** The government merge that took the file's government away, once checked, or null. */
    private Integer mergedAway;
    /** The changes in the order the replay applies them (by date, the file's order within a day). */
    private final List<Integer> order = new ArrayList<>();

    private ChangeCheck(SeedFile seed, LocalDate today, Set<String> units, BiConsumer<String, String> problem) {
        this.seed = seed;
        this.today = today;
        this.units = units;
        this.problem = problem;
    }

    /**
     * Checks the changes and what the file does around them; reports each problem as (entry, what is wrong) and
     * returns, for the focal-point check, the units each unit's users belong to over time (itself, then the first
     * successor of each change that ends it).
     */
    static Map<String, Set<String>> run(SeedFile seed, LocalDate today, Set<String> units,
                                        BiConsumer<String, String> problem) {
        ChangeCheck check = new ChangeCheck(seed, today, units, problem);
        check.checkValidFrom();
        check.checkChanges();
        check.checkUse();
        return check.usersFollow();
    }

    private void checkValidFrom() {
        for (int i = 0; i < seed.units().size(); i++) {
            SeedFile.Unit unit = seed.units().get(i);
            if (unit.validFrom() != null && unit.validFrom().resolve(today).isAfter(today)) {
                problem.accept("units[" + i + "]", "validFrom " + unit.validFrom() + " is after the day of loading");
            }
        }
    }

    private void checkChanges() {
        List<SeedFile.Change> changes = seed.changes();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i).date() != null) {
                order.add(i);
            } else {
                problem.accept("changes[" + i + "]", "needs a date");
            }
        }
        order.sort(Comparator.comparing(i -> changes.get(i).date().resolve(today)));
        for (int i : order) {
            checkChange(i, changes.get(i));
        }
    }

    private void checkChange(int index, SeedFile.Change c) {
        String at = "changes[" + index + "]";
        LocalDate day = c.date().resolve(today);
        if (day.isAfter(today)) {
            problem.accept(at, "date " + c.date() + " is after the day of loading");
        }
        if (c.action() == null) {
            problem.accept(at, "needs an action: END, MERGE or MERGE_GOVERNMENT");
            return;
        }
        if (mergedAway != null) {
            problem.accept(at, "comes after the government merged into another (changes[" + mergedAway
                    + "]): the file's government has no units left to change");
        }
        if (c.action() == SeedFile.ChangeAction.MERGE_GOVERNMENT) {
            checkGovernmentMerge(index, at, c, day);
            return;
        }
        if (!c.unitMap().isEmpty()) {
            problem.accept(at, "unitMap is only for MERGE_GOVERNMENT");
        }
        boolean end = c.action() == SeedFile.ChangeAction.END;
        if (end ? c.unit() == null || c.successors().isEmpty() || c.into() != null || !c.from().isEmpty()
                : c.into() == null || c.from().isEmpty() || c.unit() != null || !c.successors().isEmpty()
                || !c.assignments().isEmpty()) {
            problem.accept(at, end ? "END takes a unit and successors (and optional assignments), not into or from"
                    : "MERGE takes into and from, not unit, successors or assignments");
            return;
        }
        if (c.reason() != null && c.reason().length() > UnitEnd.MAX_REASON) {
            problem.accept(at, "reason is longer than " + UnitEnd.MAX_REASON + " characters");
        }
        for (String taker : c.takers()) {
            if (!units.contains(taker)) {
                problem.accept(at, (end ? "successor " : "into ") + taker + " is not a declared unit");
            } else if (c.ended().contains(taker)) {
                problem.accept(at, taker + " cannot succeed itself");
            } else if (!existsOn(taker, day)) {
                problem.accept(at, (end ? "successor " : "into ") + taker + " does not exist on " + day
                        + existence(taker));
            }
        }
        for (String ended : c.ended()) {
            if (!units.contains(ended)) {
                problem.accept(at, (end ? "unit " : "from ") + ended + " is not a declared unit");
            } else if (endsOn.containsKey(ended)) {
                problem.accept(at, ended + " has already ended on " + endsOn.get(ended) + " (changes["
                        + endedBy.get(ended) + "])");
            } else if (validFrom(ended) != null && !day.isAfter(validFrom(ended))) {
                problem.accept(at, ended + " cannot end on " + day + ": it begins on " + validFrom(ended));
            }
        }
        if (end) {
            checkAssignments(at, c);
        }
        c.ended().stream().filter(units::contains).forEach(ended -> {
            endsOn.putIfAbsent(ended, day);
            endedBy.putIfAbsent(ended, index);
        });
    }

    /**
     * A government merge: one of {@code from} (one code) and {@code into} is the file's government, the other another
     * one ({@link #governmentMerges} checks it is an earlier file's); the unitMap's units of the file's government are
     * declared and exist on the day (a unit it ends must not have ended, and nothing acts on it afterwards); once the
     * file's government has merged away nothing changes after it.
     */
    private void checkGovernmentMerge(int index, String at, SeedFile.Change c, LocalDate day) {
        String own = seed.government().code();
        String from = c.fromGovernment();
        if (c.unit() != null || !c.successors().isEmpty() || !c.assignments().isEmpty() || from == null
                || c.into() == null || c.into().isBlank() || from.isBlank()) {
            problem.accept(at, "MERGE_GOVERNMENT takes from and into (one government code each) and an optional"
                    + " unitMap, not unit, successors or assignments");
            return;
        }
        if (from.equalsIgnoreCase(c.into())) {
            problem.accept(at, "from and into are the same government " + from);
            return;
        }
        if (!own.equalsIgnoreCase(from) && !own.equalsIgnoreCase(c.into())) {
            problem.accept(at, "one of from (" + from + ") and into (" + c.into() + ") must be the file's government "
                    + own);
            return;
        }
        if (c.reason() != null) {
            problem.accept(at, "MERGE_GOVERNMENT takes no reason: the service writes it");
        }
        boolean absorbed = own.equalsIgnoreCase(from);
        c.unitMap().forEach((unit, successor) -> {
            String ownUnit = absorbed ? unit : successor;
            if (ownUnit == null || ownUnit.isBlank()) {
                if (!absorbed) {
                    problem.accept(at + ".unitMap", unit + ": name the unit of " + own + " it ends into, or leave it"
                            + " out to move it as it is");
                }
                return;
            }
            if (!units.contains(ownUnit)) {
                problem.accept(at + ".unitMap", ownUnit + " is not a declared unit of " + own);
            } else if (!existsOn(ownUnit, day)) {
                problem.accept(at + ".unitMap", ownUnit + " does not exist on " + day + existence(ownUnit));
            }
        });
        if (absorbed) {
            mergedAway = index;
            c.unitMap().forEach((unit, successor) -> {
                if (units.contains(unit) && successor != null && !successor.isBlank()) {
                    endsOn.putIfAbsent(unit, day);
                    endedBy.putIfAbsent(unit, index);
                }
            });
        }
    }

    /**
     * Across the files, in loading order: each government merge names, besides the file's own government, the
     * government of an earlier file, and its unitMap names that file's units (keys of the absorbed government,
     * values of the receiving one). Problems as "file: entry: what is wrong".
     */
    static List<String> governmentMerges(List<SeedFile> seeds) {
        List<String> problems = new ArrayList<>();
        Map<String, SeedFile> earlier = new HashMap<>();
        for (SeedFile seed : seeds) {
            if (seed.government() == null || seed.government().code() == null) {
                continue;
            }
            String own = seed.government().code().toUpperCase();
            for (int i = 0; i < seed.changes().size(); i++) {
                SeedFile.Change c = seed.changes().get(i);
                if (c.action() != SeedFile.ChangeAction.MERGE_GOVERNMENT || c.fromGovernment() == null
                        || c.into() == null) {
                    continue;
                }
                String at = seed.file() + ": changes[" + i + "]";
                boolean absorbed = own.equalsIgnoreCase(c.fromGovernment());
                String other = (absorbed ? c.into() : c.fromGovernment()).toUpperCase();
                SeedFile that = earlier.get(other);
                if (that == null) {
                    problems.add(at + ": " + (absorbed ? "into " : "from ") + other
                            + " is not the government of an earlier file (files load in name order)");
                    continue;
                }
                Set<String> theirs = new HashSet<>();
                that.units().forEach(u -> theirs.add(u.code()));
                c.unitMap().forEach((unit, successor) -> {
                    String theirUnit = absorbed ? successor : unit;
                    if (theirUnit != null && !theirUnit.isBlank() && !theirs.contains(theirUnit)) {
                        problems.add(at + ".unitMap: " + theirUnit + " is not a unit of " + other + " ("
                                + that.file() + ")");
                    }
                });
            }
            earlier.put(own, seed);
        }
        return problems;
    }

    /** Each named directive assigns the ended unit, and goes to one of the successors. */
    private void checkAssignments(String at, SeedFile.Change c) {
        c.assignments().forEach((key, successor) -> {
            Matcher m = DIRECTIVE.matcher(key == null ? "" : key.trim());
            SeedFile.Directive d = m.matches() ? directive(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    : null;
            if (d == null) {
                problem.accept(at + ".assignments", "'" + key + "' is not a directive of the file"
                        + " (write conclusions[i].directives[j])");
            } else if (!seed.assignees(d).contains(c.unit())) {
                problem.accept(at + ".assignments", key + " does not assign " + c.unit());
            }
            if (!c.successors().contains(successor)) {
                problem.accept(at + ".assignments", key + ": " + successor + " is not one of the successors");
            }
        });
    }

    /**
     * Nothing names an ended unit after it ended: conclusions (all of whose dates, in replay order, come before every
     * change ending one of their units; drafts and notices never issued name no unit that ends at all), steps, and
     * directives naming a unit before its first day.
     */
    private void checkUse() {
        LocalDate reached = null;
        for (int k = 0; k < seed.conclusions().size(); k++) {
            SeedFile.Conclusion c = seed.conclusions().get(k);
            if (c.meetingDate() == null || c.state() == null) {
                continue;
            }
            String at = "conclusions[" + k + "]";
            List<LocalDate> dates = lifecycle(c);
            LocalDate first = dates.get(0);
            LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElse(first);
            reached = reached == null || first.isAfter(reached) ? first : reached;
            for (int j = 0; j < c.directives().size(); j++) {
                SeedFile.Directive d = c.directives().get(j);
                String dAt = at + ".directives[" + j + "]";
                for (String unit : seed.assignees(d)) {
                    checkNamed(dAt, c, unit, first, last, reached);
                }
                checkSteps(dAt, d);
            }
            reached = last.isAfter(reached) ? last : reached;
            for (SeedFile.Directive d : c.directives()) {
                for (SeedFile.Step step : d.steps()) {
                    LocalDate day = step.date() == null ? null : step.date().resolve(today);
                    reached = day != null && day.isAfter(reached) ? day : reached;
                }
            }
        }
    }

    private void checkNamed(String at, SeedFile.Conclusion c, String unit, LocalDate first, LocalDate last,
                            LocalDate reached) {
        LocalDate from = validFrom(unit);
        if (from != null && first.isBefore(from)) {
            problem.accept(at, "names " + unit + " on " + first + ", before it begins (" + from + ")");
        }
        LocalDate end = endsOn.get(unit);
        if (end == null) {
            return;
        }
        String change = " (changes[" + endedBy.get(unit) + "])";
        if (c.state() != SeedFile.State.ISSUED) {
            problem.accept(at, "names " + unit + ", which ends on " + end + change + ": a conclusion left "
                    + c.state() + " would name an ended unit; name its successor");
        } else if (!last.isBefore(end)) {
            problem.accept(at, "names " + unit + ", which ends on " + end + change
                    + ", but the conclusion is issued on or after that day");
        } else if (!reached.isBefore(end)) {
            problem.accept(at, "names " + unit + ", which the replay has already ended on " + end + change
                    + " while replaying the conclusions before it: put this conclusion first");
        }
    }

    private void checkSteps(String at, SeedFile.Directive d) {
        for (int s = 0; s < d.steps().size(); s++) {
            SeedFile.Step step = d.steps().get(s);
            if (step.date() == null || step.action() == null || step.action().isDirectiveLevel()) {
                continue;
            }
            LocalDate day = step.date().resolve(today);
            for (String unit : seed.unitsOf(d, step)) {
                LocalDate end = endsOn.get(unit);
                if (end != null && !day.isBefore(end)) {
                    problem.accept(at + ".steps[" + s + "]", step.action() + " on " + day + " acts on " + unit
                            + ", which ended on " + end + " (changes[" + endedBy.get(unit) + "]): its work has moved"
                            + " to its successors; date the step earlier or the change later");
                }
            }
        }
    }

    /** The units each declared unit's users belong to over time: itself, then each change's first taker. */
    private Map<String, Set<String>> usersFollow() {
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new HashMap<>();
        for (String unit : units) {
            current.put(unit, unit);
            seen.computeIfAbsent(unit, u -> new HashSet<>()).add(unit);
        }
        for (int i : order) {
            SeedFile.Change c = seed.changes().get(i);
            if (c.takers().isEmpty()) {
                continue;
            }
            String taker = c.takers().get(0);
            current.replaceAll((declared, now) -> {
                if (c.ended().contains(now)) {
                    seen.get(declared).add(taker);
                    return taker;
                }
                return now;
            });
        }
        return seen;
    }

    /** The conclusion's dates in the order the replay reaches them (drafted, submitted, rejected, issued). */
    private List<LocalDate> lifecycle(SeedFile.Conclusion c) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add((c.draftedOn() == null ? c.meetingDate() : c.draftedOn()).resolve(today));
        for (SeedDate date : new SeedDate[] {c.submittedOn(), c.rejection() == null ? null : c.rejection().date(),
                c.issuedOn()}) {
            if (date != null) {
                dates.add(date.resolve(today));
            }
        }
        return dates;
    }

    private SeedFile.Directive directive(int conclusion, int directive) {
        if (conclusion >= seed.conclusions().size()) {
            return null;
        }
        List<SeedFile.Directive> list = seed.conclusions().get(conclusion).directives();
        return directive < list.size() ? list.get(directive) : null;
    }

    private boolean existsOn(String unit, LocalDate day) {
        LocalDate from = validFrom(unit);
        LocalDate end = endsOn.get(unit);
        return (from == null || !day.isBefore(from)) && (end == null || day.isBefore(end));
    }

    private String existence(String unit) {
        LocalDate end = endsOn.get(unit);
        return end != null ? ": it ended on " + end + " (changes[" + endedBy.get(unit) + "])"
                : ": it begins on " + validFrom(unit);
    }

    private LocalDate validFrom(String code) {
        if (code == null) {
            return null;
        }
        return seed.units().stream().filter(u -> code.equals(u.code()) && u.validFrom() != null).findFirst()
                .map(u -> u.validFrom().resolve(today)).orElse(null);
    }
}
