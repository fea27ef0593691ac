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
 * content or in its conclusion's number or title; {@code indicator}: directives tagged with this DTI indicator's
 * code or one of its sub-indicators.
 */
public record AssignmentFilter(String unitCode, AssignmentStatus status, Set<Timeliness> timeliness,
                               Long conclusionId, String committee, LocalDate deadlineFrom, LocalDate deadlineTo,
                               UnitKind unitKind, String text, String indicator) {

    public AssignmentFilter {
        timeliness = timeliness == null || timeliness.isEmpty() ? Set.of() : Set.copyOf(timeliness);
        unitCode = StringUtils.trimToNull(unitCode);
        committee = StringUtils.trimToNull(committee);
        text = StringUtils.trimToNull(text);
        indicator = StringUtils.trimToNull(indicator);
    }

    /** A filter on no DTI indicator. */
    public AssignmentFilter(String unitCode, AssignmentStatus status, Set<Timeliness> timeliness, Long conclusionId,
                            String committee, LocalDate deadlineFrom, LocalDate deadlineTo, UnitKind unitKind,
                            String text) {
        this(unitCode, status, timeliness, conclusionId, committee, deadlineFrom, deadlineTo, unitKind, text, null);
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

    /** The same filter on a DTI indicator (the dashboard's drill-down). */
    public AssignmentFilter withIndicator(String code) {
        return new AssignmentFilter(unitCode, status, timeliness, conclusionId, committee, deadlineFrom, deadlineTo,
                unitKind, text, code);
    }

    public static AssignmentFilter all() {
        return new AssignmentFilter(null, null, (Timeliness) null, null);
    }

    /** The same filter with other timeliness values (the register's count tiles). */
    public AssignmentFilter withTimeliness(Set<Timeliness> values) {
        return new AssignmentFilter(unitCode, status, values, conclusionId, committee, deadlineFrom, deadlineTo,
                unitKind, text, indicator);
    }

    /** The same filter on another unit (a reassignment limited to the register's filter). */
    public AssignmentFilter withUnit(String code) {
        return new AssignmentFilter(code, status, timeliness, conclusionId, committee, deadlineFrom, deadlineTo,
                unitKind, text, indicator);
    }

}
