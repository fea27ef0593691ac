package vn.chidao.notification;

/** Why someone was notified. */
public enum NotificationKind {
    /** A deadline is near, is today, or (weekly) has passed and the task is still open. */
    REMINDER,
    /** The day after the deadline: the assignment is overdue (to the focal point and the unit head). */
    OVERDUE,
    /** Overdue for M working days: the leaders are asked to act. */
    ESCALATION,
    /** A unit asked for more time. */
    EXTENSION_REQUESTED,
    /** The answer to an extension request. */
    EXTENSION_DECIDED,
    /** A leader urged (nhắc nhở) or criticised (phê bình) the unit. */
    LEADER_ACTION,
    /** A new assignment: the unit's focal points are to acknowledge it. */
    TASK_ASSIGNED,
    /** A notice waits for a leader's approval. */
    APPROVAL_NEEDED,
    /** A unit's report waits for the secretariat's review. */
    REVIEW_NEEDED,
    /** An accepted result waits for a leader's sign-off (the committee's chair's, when set). */
    SIGN_OFF_NEEDED,
    /** The secretariat or a leader returned the unit's report. */
    REPORT_RETURNED,
    /** A leader returned a draft notice to the secretariat. */
    DRAFT_REJECTED,
    /** A report withdrew the extension request that waited for a decision. */
    EXTENSION_WITHDRAWN,
    /** The secretariat cancelled a directive: the units stop working on it. */
    DIRECTIVE_CANCELLED,
    /** The secretariat closed an ongoing directive: the units stop reporting on it. */
    DIRECTIVE_CLOSED
}
