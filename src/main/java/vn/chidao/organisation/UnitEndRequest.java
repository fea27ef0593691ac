package vn.chidao.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Ending a unit on a day ({@code on}, not after today) with its successors (unit codes of the same government that
 * exist that day). With one successor every open assignment moves to it; with several, {@code assignments} names
 * each open assignment's successor (assignment id → unit code). {@code reason} goes into each moved assignment's
 * history (by default "Chuyển từ &lt;unit&gt; theo sắp xếp đơn vị hành chính"). {@code users} says what becomes of
 * the unit's users; null: they move to the only successor (required with several successors when the unit has users).
 */
public record UnitEndRequest(LocalDate on, List<String> successors, Map<Long, String> assignments, String reason,
                             UsersChoice users) {

    public UnitEndRequest {
        successors = successors == null ? List.of() : successors;
        assignments = assignments == null ? Map.of() : assignments;
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
