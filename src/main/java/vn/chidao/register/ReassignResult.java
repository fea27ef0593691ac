package vn.chidao.register;

import java.util.List;

/** What a reassignment did: the assignments it moved, and those it left where they were, each with why. */
public record ReassignResult(String fromUnit, String toUnit, List<Long> moved, List<Skipped> skipped) {

    public ReassignResult {
        moved = List.copyOf(moved);
        skipped = List.copyOf(skipped);
    }

    /**
     * ALREADY_ASSIGNED: the new unit already has a part in the directive; NOT_OPEN: done or cancelled;
     * OTHER_UNIT: not (or no longer) given to the unit it was to be taken from; NOT_FOUND: no such assignment in
     * the caller's government.
     */
    public enum Reason {
        ALREADY_ASSIGNED,
        NOT_OPEN,
        OTHER_UNIT,
        NOT_FOUND
    }

    public record Skipped(long id, Reason reason) {
    }
}
