package vn.chidao.assignment;

/** Where an assignment's process stands: ASSIGNED → IN_PROGRESS → AWAITING_REVIEW → DONE (returned: IN_PROGRESS again). */
public enum AssignmentStatus {
    ASSIGNED,
    IN_PROGRESS,
    AWAITING_REVIEW,
    DONE;

    public boolean isOpen() {
        return this != DONE;
    }
}
