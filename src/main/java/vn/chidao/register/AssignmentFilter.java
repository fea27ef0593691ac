package vn.chidao.register;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.Timeliness;
import vn.chidao.organisation.UnitKind;

/**
 * Which assignments a list shows; every part is optional. {@code timeliness}: any of these (empty: all);
 * {@code committee}: a committee's id or name; {@code deadlineFrom}/{@code deadlineTo}: the deadline within
 * these days, both included (ongoing assignments have none and are left out when either is set);
 * {@code unitKind}: units of that kind only; {@code text}: words found, case-insensitively, in the directive's
 * content or in its conclusion's number or title.
 */
public record AssignmentFilter(String unitCode, AssignmentStatus status, Set<Timeliness> timeliness,
                               Long conclusionId, String committee, LocalDate deadlineFrom, LocalDate deadlineTo,
                               UnitKind unitKind, String text) {

    public AssignmentFilter {
        timeliness = timeliness == null || timeliness.isEmpty() ? Set.of() : Set.copyOf(timeliness);
        unitCode = StringUtils.trimToNull(unitCode);
        committee = StringUtils.trimToNull(committee);
        text = StringUtils.trimToNull(text);
    }

    /** A filter without unit kind and text. */
    public AssignmentFilter(String unitCode, AssignmentStatus status, Set<Timeliness> timeliness, Long conclusionId,
                            String committee, LocalDate deadlineFrom, LocalDate deadlineTo) {
        this(unitCode, status, timeliness, conclusionId, committee, deadlineFrom, deadlineTo, null, null);
    }

    /** A filter on unit, status, one timeliness (or null) and conclusion. */
    public AssignmentFilter(String unitCode, AssignmentStatus status, Timeliness timeliness, Long conclusionId) {
        this(unitCode, status, timeliness == null ? Set.of() : EnumSet.of(timeliness), conclusionId, null, null, null);
    }

    public static AssignmentFilter all() {
        return new AssignmentFilter(null, null, (Timeliness) null, null);
    }

    /** The same filter with other timeliness values (the register's count tiles). */
    public AssignmentFilter withTimeliness(Set<Timeliness> values) {
        return new AssignmentFilter(unitCode, status, values, conclusionId, committee, deadlineFrom, deadlineTo,
                unitKind, text);
    }

    /** The same filter on another unit (a reassignment limited to the register's filter). */
    public AssignmentFilter withUnit(String code) {
        return new AssignmentFilter(code, status, timeliness, conclusionId, committee, deadlineFrom, deadlineTo,
                unitKind, text);
    }

}
