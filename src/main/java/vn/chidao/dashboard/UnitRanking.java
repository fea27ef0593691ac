package vn.chidao.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit's line of the ranking: of its assignments due in the period, how many are done and how many of
 * those on time; {@code onTimeRate} is doneOnTime ÷ done (null while nothing is done); {@code criticised} how
 * often a leader criticised (phê bình) it for those assignments. {@code endedOn} and {@code folded} as in
 * {@link UnitSplit}; {@code shortName} the row's label, the unit's short name or its code when it has none.
 */
public record UnitRanking(String code, String name, String shortName, long done, long doneOnTime, Double onTimeRate, long criticised,
                          LocalDate endedOn, List<String> folded) {

    public UnitRanking {
        folded = folded == null ? List.of() : List.copyOf(folded);
    }
}
