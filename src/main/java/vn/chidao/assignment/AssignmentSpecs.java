package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.jpa.domain.Specification;

/** Query parts of the assignment lists; timeliness here must say exactly what {@link Timeliness#of} says. */
public final class AssignmentSpecs {

    private AssignmentSpecs() {
    }

    public static Specification<Assignment> inGovernment(long governmentId) {
        return (root, query, cb) -> cb.equal(root.get("governmentId"), governmentId);
    }

    public static Specification<Assignment> ofUnit(long unitId) {
        return (root, query, cb) -> cb.equal(root.get("unitId"), unitId);
    }

    /** Assignments of any of these units; none when the collection is empty. */
    public static Specification<Assignment> ofUnits(Collection<Long> unitIds) {
        return (root, query, cb) -> unitIds.isEmpty() ? cb.disjunction() : root.get("unitId").in(unitIds);
    }

    /** Assignments of any of these directives; none when the collection is empty. */
    public static Specification<Assignment> ofDirectives(Collection<Long> directiveIds) {
        return (root, query, cb) -> directiveIds.isEmpty() ? cb.disjunction() : root.get("directiveId").in(directiveIds);
    }

    /** Assignments still being carried out (not done, not cancelled). */
    public static Specification<Assignment> open() {
        return (root, query, cb) -> cb.not(root.get("status").in(AssignmentStatus.DONE, AssignmentStatus.CANCELLED));
    }

    public static Specification<Assignment> ofConclusion(long conclusionId) {
        return (root, query, cb) -> cb.equal(root.get("conclusionId"), conclusionId);
    }

    public static Specification<Assignment> ofCommittee(long committeeId) {
        return (root, query, cb) -> cb.equal(root.get("committeeId"), committeeId);
    }

    /** The deadline within [from, to], either end open when null. */
    public static Specification<Assignment> deadlineWithin(LocalDate from, LocalDate to) {
        return (root, query, cb) -> {
            var deadline = root.<LocalDate>get("deadline");
            var within = cb.isNotNull(deadline);
            if (from != null) {
                within = cb.and(within, cb.greaterThanOrEqualTo(deadline, from));
            }
            if (to != null) {
                within = cb.and(within, cb.lessThanOrEqualTo(deadline, to));
            }
            return within;
        };
    }

    public static Specification<Assignment> withStatus(AssignmentStatus status) {
        return (root, query, cb) -> cb.equal(root.get("status"), status);
    }

    public static Specification<Assignment> withTimeliness(Timeliness timeliness, LocalDate today) {
        return (root, query, cb) -> {
            var deadline = root.<LocalDate>get("deadline");
            var reportedOn = root.<LocalDate>get("reportedOn");
            var status = root.<AssignmentStatus>get("status");
            var done = cb.equal(status, AssignmentStatus.DONE);
            var open = cb.not(status.in(AssignmentStatus.DONE, AssignmentStatus.CANCELLED));
            var reportedInTime = cb.and(status.in(AssignmentStatus.REPORTED), cb.isNotNull(reportedOn),
                    cb.lessThanOrEqualTo(reportedOn, deadline));
            return switch (timeliness) {
                case CANCELLED -> cb.equal(status, AssignmentStatus.CANCELLED);
                case ONGOING -> cb.and(cb.isNull(deadline), cb.notEqual(status, AssignmentStatus.CANCELLED));
                case DONE_ON_TIME -> cb.and(done, cb.isNotNull(deadline),
                        cb.or(cb.isNull(reportedOn), cb.lessThanOrEqualTo(reportedOn, deadline)));
                case DONE_LATE -> cb.and(done, cb.isNotNull(deadline), cb.greaterThan(reportedOn, deadline));
                case OPEN_ON_TIME -> cb.and(open, cb.isNotNull(deadline),
                        cb.or(cb.greaterThanOrEqualTo(deadline, today), reportedInTime));
                case OPEN_OVERDUE -> cb.and(open, cb.isNotNull(deadline), cb.lessThan(deadline, today),
                        cb.not(reportedInTime));
            };
        };
    }
}
