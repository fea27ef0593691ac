package vn.chidao.organisation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A government ({@code from}) merging into another ({@code into}) on a day ({@code on}). {@code unitMap}: for an
 * absorbed unit's code, the code of the receiving government's unit that succeeds it (the absorbed unit ends on
 * {@code on}, its open work and users going to that unit), or null / empty to move it as it is. A unit not named
 * moves as it is.
 */
public record GovernmentMergeRequest(String into, String from, LocalDate on, Map<String, String> unitMap) {

    /** At most so many units named: a province has a few hundred. */
    public static final int MAX_UNITS = 2000;

    public GovernmentMergeRequest {
        unitMap = unitMap == null ? Map.of() : new LinkedHashMap<>(unitMap);
    }
}
