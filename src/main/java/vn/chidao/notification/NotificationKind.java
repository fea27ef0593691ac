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
    LEADER_ACTION
}
