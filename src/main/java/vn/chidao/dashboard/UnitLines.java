package vn.chidao.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import vn.chidao.organisation.UnitDto;

/**
 * The dashboard's unit lines, in the government's unit order: every unit on its own line ({@link EndedUnits#AS_WERE}),
 * or ended units folded into their single successor ({@link EndedUnits#FOLDED}). Figures read per unit id are added
 * up per line through {@link #lineOf}, in memory: the cost grows with the rollup's rows, not with assignments.
 */
final class UnitLines {

    /** A line: its unit, and the codes of the ended units whose figures it also counts (folded into it). */
    record Line(UnitDto unit, List<String> folded) {

        /** The day the line's unit ended, null while it exists. */
        LocalDate endedOn() {
            return unit.validTo();
        }
    }

    private final List<UnitDto> units;
    private final Map<Long, Long> target = new HashMap<>();

    private UnitLines(List<UnitDto> units, EndedUnits mode) {
        this.units = units;
        if (mode == EndedUnits.FOLDED) {
            Map<Long, UnitDto> byId = units.stream().collect(Collectors.toMap(UnitDto::id, Function.identity()));
            Map<String, UnitDto> byCode = units.stream().collect(Collectors.toMap(UnitDto::code, Function.identity()));
            for (UnitDto unit : units) {
                UnitDto line = unit;
                // a chain is at most as long as the government's list of units; the bound also stops a cycle
                for (int step = 0; step < units.size() && line.isEnded() && line.successors().size() == 1; step++) {
                    UnitDto next = byCode.get(line.successors().get(0));
                    if (next == null) {
                        break;
                    }
                    line = next;
                }
                if (line.id() != unit.id() && byId.containsKey(line.id())) {
                    target.put(unit.id(), line.id());
                }
            }
        }
    }

    /** {@code units}: the government's units, ended ones too, in the order lines are shown. */
    static UnitLines of(List<UnitDto> units, EndedUnits mode) {
        return new UnitLines(units, mode == null ? EndedUnits.AS_WERE : mode);
    }

    /** The unit id of the line that counts a unit's figures: its own, or its successor's it is folded into. */
    long lineOf(long unitId) {
        return target.getOrDefault(unitId, unitId);
    }

    /** Counts per unit id added up per line. */
    <T> Map<Long, T> fold(Map<Long, T> perUnit, BinaryOperator<T> add) {
        Map<Long, T> perLine = new HashMap<>();
        perUnit.forEach((unit, value) -> perLine.merge(lineOf(unit), value, add));
        return perLine;
    }

    /** The lines whose unit id {@code shown} accepts (those with figures), in the government's unit order. */
    List<Line> lines(LongPredicate shown) {
        Map<Long, List<String>> folded = new HashMap<>();
        for (UnitDto unit : units) {
            long line = lineOf(unit.id());
            if (line != unit.id()) {
                folded.computeIfAbsent(line, l -> new ArrayList<>()).add(unit.code());
            }
        }
        List<Line> lines = new ArrayList<>();
        for (UnitDto unit : units) {
            if (lineOf(unit.id()) == unit.id() && shown.test(unit.id())) {
                lines.add(new Line(unit, folded.getOrDefault(unit.id(), List.of())));
            }
        }
        return lines;
    }
}
