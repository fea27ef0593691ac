package vn.chidao.assignment;

/** What a caller may do on an assignment now. */
public enum AssignmentAction {
    ACKNOWLEDGE,
    PROGRESS,
    REPORT,
    CONTRIBUTE,
    REQUEST_EXTENSION,
    REVIEW,
    SIGN_OFF,
    DECIDE_EXTENSION,
    OVERDUE_REVIEW,
    /** The secretariat cancels the whole directive (every unit's part). */
    CANCEL_DIRECTIVE,
    /** The secretariat closes an ongoing directive. */
    CLOSE_DIRECTIVE
}
