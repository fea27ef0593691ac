package vn.chidao.assignment;

/**
 * How a task stands, as {@link TaskUrgencies} judges it: the unit's own work is on time, due soon (within the
 * directive's reminder window), overdue, or ongoing (no deadline); the leaders' overdue review is overdue with
 * its assignment; whatever waits on the secretariat or a leader is waiting, never overdue.
 */
public enum Urgency {
    ON_TIME,
    DUE_SOON,
    OVERDUE,
    ONGOING,
    WAITING;

    public boolean isOverdue() {
        return this == OVERDUE;
    }
}
