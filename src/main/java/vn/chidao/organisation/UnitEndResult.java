package vn.chidao.organisation;

import java.util.List;
import java.util.Map;

/**
 * What ending a unit did: the unit as it is now (ended), the assignments moved (id → successor's code), the users
 * moved to a successor and the users disabled.
 */
public record UnitEndResult(UnitDto unit, Map<Long, String> moved, List<String> usersMoved,
                            List<String> usersDisabled) {

    public UnitEndResult {
        moved = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(moved));
        usersMoved = List.copyOf(usersMoved);
        usersDisabled = List.copyOf(usersDisabled);
    }
}
