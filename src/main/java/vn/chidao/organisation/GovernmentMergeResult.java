package vn.chidao.organisation;

import java.util.List;

/**
 * What merging a government did: the absorbed government as it is now ({@code validTo}, {@code mergedInto}), the
 * receiving one, the codes of the units that moved as they are, and each unit that ended with what it handed over.
 */
public record GovernmentMergeResult(GovernmentDto merged, GovernmentDto into, List<String> unitsMoved,
                                   List<UnitEndResult> unitsEnded) {

    public GovernmentMergeResult {
        unitsMoved = List.copyOf(unitsMoved);
        unitsEnded = List.copyOf(unitsEnded);
    }
}
