package vn.chidao.organisation;

import java.util.List;

/** A unit just ended, and its successors in the order the administrator named them. */
public record UnitEnd(UnitDto unit, List<UnitDto> successors) {

    /** The longest reason kept. */
    public static final int MAX_REASON = 2000;

    public UnitEnd {
        successors = List.copyOf(successors);
    }
}
