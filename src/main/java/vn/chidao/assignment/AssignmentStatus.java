package vn.chidao.assignment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an assignment's process stands: ASSIGNED → IN_PROGRESS → AWAITING_REVIEW → (AWAITING_SIGN_OFF when the
 * leader signs off) → DONE; a returned report goes back to IN_PROGRESS; CANCELLED when its directive is cancelled.
 */
public enum AssignmentStatus {
    ASSIGNED,
    IN_PROGRESS,
    AWAITING_REVIEW,
    AWAITING_SIGN_OFF,
    DONE,
    CANCELLED;

    /** The unit has reported and waits for the secretariat or the leader. */
    static final Set<AssignmentStatus> REPORTED = EnumSet.of(AWAITING_REVIEW, AWAITING_SIGN_OFF);

    public boolean isOpen() {
        return this != DONE && this != CANCELLED;
    }

    public boolean isReported() {
        return REPORTED.contains(this);
    }
}
