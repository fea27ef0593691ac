package vn.chidao.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.chidao.base.InvalidInputException;

/**
 * Ending a unit on a day ({@code on}, not after today) with its successors (unit codes of the same government that
 * exist that day). With one successor every open assignment moves to it; with several, {@code assignments} names
 * each open assignment's successor (assignment id → unit code). {@code reason} goes into each moved assignment's
 * history (by default "Chuyển từ &lt;unit&gt; theo sắp xếp đơn vị hành chính"). {@code users} says what becomes of
 * the unit's users; null: they move to the only successor (required with several successors when the unit has users).
 */
public record UnitEndRequest(LocalDate on, List<String> successors, Map<Long, String> assignments, String reason,
                             UsersChoice users) {

    /** At most this many successors (and units merged at once): a province has 60 to 200 units. */
    public static final int MAX_UNITS = 100;
    /** At most this many assignments named in one request. */
    public static final int MAX_ASSIGNMENTS = 10_000;

    public UnitEndRequest {
        successors = successors == null ? List.of() : successors;
        assignments = assignments == null ? Map.of() : assignments;
    }

    /** 400 on {@code successors} or {@code assignments} for lists longer than a request may hold. */
    public void requireCounts() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (successors.size() > MAX_UNITS) {
            errors.add("successors", "error.listSize", MAX_UNITS);
        }
        if (assignments.size() > MAX_ASSIGNMENTS) {
            errors.add("assignments", "error.listSize", MAX_ASSIGNMENTS);
        }
        errors.throwIfAny();
    }

    /**
     * The users of a unit that ends: {@code MOVE} them to {@code to} (one of the successors; null: the only one), or
     * {@code DISABLE} them (they can no longer sign in and keep their unit, for the record).
     */
    public record UsersChoice(Mode mode, String to) {

        public enum Mode { MOVE, DISABLE }

        public static UsersChoice moveTo(String code) {
            return new UsersChoice(Mode.MOVE, code);
        }

        public static UsersChoice disable() {
            return new UsersChoice(Mode.DISABLE, null);
        }
    }
}
