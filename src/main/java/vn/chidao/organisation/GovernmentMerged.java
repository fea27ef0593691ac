package vn.chidao.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A government ({@code fromId}) merged into another ({@code intoId}) on a day: its units are the receiving
 * government's now. Published in the merge's transaction; each feature holding records of the absorbed government
 * (committees, conclusions, assignments, users...) moves them to the receiving one as it hears it, in that
 * transaction. {@code unitsMoved}: the units that moved as they are; {@code unitsEnding}: the absorbed units that are
 * to end on {@code on} (their codes in the receiving government) → the receiving government's unit succeeding each.
 */
public record GovernmentMerged(long fromId, long intoId, String fromCode, String intoCode, LocalDate on,
                               List<String> unitsMoved, Map<String, String> unitsEnding) {
}
