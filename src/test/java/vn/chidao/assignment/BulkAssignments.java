package vn.chidao.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Assignments written straight to their table, without their processes, for tests of what reads them in bulk (the
 * register's export): thousands of them, or parts in an order and a standing the services would not write.
 */
@Component
public class BulkAssignments {

    private final AssignmentRepository assignments;

    BulkAssignments(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    /** A new assignment, assigned and not saved yet. */
    public static Assignment assignment(Long governmentId, Long conclusionId, Long committeeId, Long directiveId,
                                        Long unitId, AssignmentRole role, LocalDate deadline, Instant createdAt) {
        return new Assignment(governmentId, conclusionId, committeeId, directiveId, unitId, role, deadline, createdAt);
    }

    public static void setStatus(Assignment assignment, AssignmentStatus status, Instant at) {
        assignment.setStatus(status, at);
    }

    public static void progress(Assignment assignment, int percent) {
        assignment.progress(percent);
    }

    public static void report(Assignment assignment, String text, Instant at, LocalDate day) {
        assignment.report(text, at, day);
    }

    /** Saves them in the caller's transaction. */
    public List<Assignment> saveAll(List<Assignment> batch) {
        return assignments.saveAll(batch);
    }
}
