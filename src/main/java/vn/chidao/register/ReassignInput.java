package vn.chidao.register;

import java.util.List;

/**
 * Moving the open assignments of one unit to another unit of the same government: unit codes, the reason (kept in
 * each assignment's history) and, optionally, which assignments (the register's filter or selection); without
 * them every open assignment of {@code fromUnit} moves.
 */
public record ReassignInput(String fromUnit, String toUnit, String reason, List<Long> assignmentIds) {
}
