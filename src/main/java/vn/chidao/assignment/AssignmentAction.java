package vn.chidao.assignment;

/** What a caller may do on an assignment now. */
public enum AssignmentAction {
    ACKNOWLEDGE,
    PROGRESS,
    REPORT,
    REVIEW
}
