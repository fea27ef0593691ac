package vn.chidao.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit's part of the official split: its assignments due in the period, done on time / late, open on time /
 * overdue. {@code endedOn}: the day the unit ended (null while it exists); {@code folded}: the codes of the ended
 * units whose assignments the line also counts ({@link EndedUnits#FOLDED}; empty otherwise).
 */
public record UnitSplit(String code, String name, long doneOnTime, long doneLate, long openOnTime, long openOverdue,
                        LocalDate endedOn, List<String> folded) {

    public UnitSplit {
        folded = folded == null ? List.of() : List.copyOf(folded);
    }

    /** Every assignment of the unit due in the period (cancelled and ongoing ones are not counted). */
    public long assigned() {
        return doneOnTime + doneLate + openOnTime + openOverdue;
    }
}
