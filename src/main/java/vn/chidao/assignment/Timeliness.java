package vn.chidao.assignment;

import java.time.LocalDate;

/**
 * The official split of a task's standing: done on time / done late / open on time / open overdue, and
 * ongoing (no deadline) and cancelled counted apart. A deadline D is missed from D+1 00:00 Asia/Ho_Chi_Minh; a
 * done task is judged by the day its accepted report was submitted, and so is one whose report, submitted in
 * time, waits for the secretariat or the leader.
 */
public enum Timeliness {
    DONE_ON_TIME,
    DONE_LATE,
    OPEN_ON_TIME,
    OPEN_OVERDUE,
    ONGOING,
    CANCELLED;

    /**
     * @param reportedOn the day (Asia/Ho_Chi_Minh) the latest report was submitted
     * @param today today in Asia/Ho_Chi_Minh
     */
    public static Timeliness of(AssignmentStatus status, LocalDate deadline, LocalDate reportedOn, LocalDate today) {
        return AssignmentBucket.standingOf(status, deadline, reportedOn).timeliness(deadline, today);
    }
}
