package vn.chidao.assignment;

import java.time.LocalDate;

/**
 * Where an assignment counts in the leaders' figures: its government, committee, unit, deadline and standing.
 * Whether an open assignment is overdue depends on the day it is looked at, so the standing keeps it apart
 * ({@link Standing#OPEN}) and readers compare the deadline with today, exactly as {@link Timeliness#of} does.
 */
public record AssignmentBucket(long governmentId, long committeeId, long unitId, LocalDate deadline,
                               Standing standing) {

    public enum Standing {
        DONE_ON_TIME,
        DONE_LATE,
        /** Still open, but its report was submitted in time and waits for the secretariat or the leader. */
        REPORTED_IN_TIME,
        /** Still open and the unit's turn: on time until the deadline, overdue after it. */
        OPEN,
        /** An ongoing directive (no deadline), open or closed. */
        ONGOING,
        CANCELLED;

        /** The official split as of {@code today}. */
        public Timeliness timeliness(LocalDate deadline, LocalDate today) {
            return switch (this) {
                case DONE_ON_TIME -> Timeliness.DONE_ON_TIME;
                case DONE_LATE -> Timeliness.DONE_LATE;
                case REPORTED_IN_TIME -> Timeliness.OPEN_ON_TIME;
                case OPEN -> TaskUrgencies.missed(deadline, today) ? Timeliness.OPEN_OVERDUE : Timeliness.OPEN_ON_TIME;
                case ONGOING -> Timeliness.ONGOING;
                case CANCELLED -> Timeliness.CANCELLED;
            };
        }
    }

    static Standing standingOf(AssignmentStatus status, LocalDate deadline, LocalDate reportedOn) {
        if (status == AssignmentStatus.CANCELLED) {
            return Standing.CANCELLED;
        }
        if (deadline == null) {
            return Standing.ONGOING;
        }
        boolean inTime = reportedOn == null || !TaskUrgencies.missed(deadline, reportedOn);
        if (status == AssignmentStatus.DONE) {
            return inTime ? Standing.DONE_ON_TIME : Standing.DONE_LATE;
        }
        return status.isReported() && reportedOn != null && inTime ? Standing.REPORTED_IN_TIME : Standing.OPEN;
    }
}
