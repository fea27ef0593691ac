package vn.chidao.assignment;

import java.util.Map;

/** Names of {@code processes/directive-assignment.bpmn}: its key, activities, messages and variables. */
public final class DirectiveAssignmentProcess {

    public static final String KEY = "directive-assignment";

    public static final String START = "StartEvent_Assigned";
    public static final String TASK_ACKNOWLEDGE = "Task_Acknowledge";
    public static final String TASK_REPORT = "Task_SubmitReport";
    public static final String TASK_REVIEW = "Task_ReviewReport";
    public static final String TASK_SIGN_OFF = "Task_SignOff";
    public static final String TASK_CONTRIBUTION = "Task_SendContribution";
    public static final String TASK_OVERDUE_REVIEW = "Task_OverdueReview";
    public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String TASK_PERIODIC_REPORT = "Task_PeriodicReport";
    public static final String TASK_OPEN_PERIOD = "Task_OpenPeriod";
    public static final String TASK_REMIND_BEFORE = "Task_RemindBefore";
    public static final String TASK_REMIND_ON_DEADLINE = "Task_RemindOnDeadline";
    public static final String TASK_MARK_OVERDUE = "Task_MarkOverdue";
    public static final String TASK_ESCALATE = "Task_Escalate";
    public static final String TASK_REMIND_WEEKLY = "Task_RemindWeekly";
    public static final String END_DONE = "EndEvent_Done";
    public static final String END_CONTRIBUTION_SENT = "EndEvent_ContributionSent";
    public static final String END_CANCELLED = "EndEvent_Cancelled";
    public static final String END_CLOSED = "EndEvent_Closed";
    /** The embedded subprocess that chases the deadline; it starts again when the deadline changes. */
    public static final String SUBPROCESS_DEADLINE_WATCH = "SubProcess_DeadlineWatch";

    public static final String TIMER_REMINDER_BEFORE = "Timer_ReminderBefore";
    public static final String TIMER_DEADLINE_DAY = "Timer_DeadlineDay";
    public static final String TIMER_OVERDUE = "Timer_Overdue";
    public static final String TIMER_ESCALATION = "Timer_Escalation";
    public static final String TIMER_WEEKLY = "Timer_Weekly";
    public static final String TIMER_PERIOD_REMINDER = "Timer_PeriodReminder";
    public static final String TIMER_PERIOD_MISSED = "Timer_PeriodMissed";

    /** Message name: a unit asked for a new deadline (starts the non-interrupting extension subprocess). */
    public static final String MESSAGE_EXTENSION_REQUESTED = "ExtensionRequested";
    /** Message name: the directive was cancelled (starts the interrupting cancellation subprocess). */
    public static final String MESSAGE_CANCEL = "AssignmentCancelled";
    /** Message name: the secretariat closed an ongoing directive (interrupting; the assignment is done). */
    public static final String MESSAGE_CLOSE = "DirectiveClosed";
    /** Message name: the deadline changed; the deadline watch starts again on the new one (updatable timers). */
    public static final String MESSAGE_DEADLINE_CHANGED = "DeadlineChanged";

    /** Long: the assignment (also the business key). */
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";
    /** Long: the assigned unit, for the candidate group {@code unit:${unitId}}. */
    public static final String VAR_UNIT_ID = "unitId";
    /** Long: the government, for the candidate groups of the secretariat and the leaders. */
    public static final String VAR_GOVERNMENT_ID = "governmentId";
    /** String yyyy-MM-dd, or null for an ongoing directive; the timers read it, an extension changes it. */
    public static final String VAR_DEADLINE = "deadline";
    /** java.util.Date: the end of the deadline day in Asia/Ho_Chi_Minh (the tasks' due date), or null. */
    public static final String VAR_DUE_AT = "dueAt";
    /** Boolean: the directive is ongoing (thường xuyên): no deadline, periodic reports instead. */
    public static final String VAR_ONGOING = "ongoing";
    /** Boolean: the reminder N working days before the deadline has fired (it is not sent again). */
    public static final String VAR_REMINDED_BEFORE = "remindedBefore";
    /** Boolean: the deadline-day reminder has fired (it is not sent again). */
    public static final String VAR_REMINDED_ON_DAY = "remindedOnDay";
    /** String ISO-8601 period (e.g. P1M): how often the lead unit of an ongoing directive reports. */
    public static final String VAR_REPORT_EVERY = "reportEvery";
    /** Integer: the current reporting period of an ongoing directive, from 1. */
    public static final String VAR_PERIOD = "period";
    /** String yyyy-MM-dd: the due day of the current period's report. */
    public static final String VAR_PERIOD_DUE = "periodDue";
    /** java.util.Date: the end of that day in Asia/Ho_Chi_Minh (the periodic task's due date). */
    public static final String VAR_PERIOD_DUE_AT = "periodDueAt";
    /** String LEAD or COORDINATE. */
    public static final String VAR_ROLE = "role";
    /** Boolean: a leader signs the result off after the secretariat accepts it. */
    public static final String VAR_LEADER_SIGN_OFF = "leaderSignOff";
    /** Integer: reminders go out this many working days before the deadline. */
    public static final String VAR_REMINDER_DAYS = "reminderDays";
    /** String ACCEPT or RETURN: the secretariat's review. */
    public static final String VAR_DECISION = "decision";
    /** String ACCEPT or RETURN: the leader's sign-off. */
    public static final String VAR_SIGN_OFF_DECISION = "signOffDecision";
    /** String URGE, CRITICISE or NEW_DEADLINE: the leader's answer to an overdue assignment. */
    public static final String VAR_OVERDUE_DECISION = "overdueDecision";
    /** String yyyy-MM-dd: the new deadline a leader grants when reviewing an overdue assignment. */
    public static final String VAR_NEW_DEADLINE = "newDeadline";
    /** String: the leader's comment on an overdue assignment. */
    public static final String VAR_COMMENT = "comment";
    /** String: who answers an overdue assignment ({@code user:<chair>} or {@code leader:<governmentId>}). */
    public static final String VAR_OVERDUE_REVIEWERS = "overdueReviewers";
    /** String: who decides extensions ({@code secretariat:<id>}, or {@code leader:<id>} with leader sign-off). */
    public static final String VAR_EXTENSION_DECIDERS = "extensionDeciders";
    /** Long: the pending extension request. */
    public static final String VAR_EXTENSION_REQUEST_ID = "extensionRequestId";
    /** Boolean: set when escalating, whether the assignment is still overdue (else no task for the leaders). */
    public static final String VAR_STILL_OVERDUE = "stillOverdue";
    /** Boolean: the extension decision. */
    public static final String VAR_EXTENSION_APPROVED = "extensionApproved";

    /** The status an assignment takes when its process enters an activity. */
    static final Map<String, AssignmentStatus> STATUS_ON_ENTRY = Map.of(
            TASK_REPORT, AssignmentStatus.IN_PROGRESS,
            TASK_CONTRIBUTION, AssignmentStatus.IN_PROGRESS,
            TASK_REVIEW, AssignmentStatus.AWAITING_REVIEW,
            TASK_SIGN_OFF, AssignmentStatus.AWAITING_SIGN_OFF,
            TASK_PERIODIC_REPORT, AssignmentStatus.IN_PROGRESS,
            END_DONE, AssignmentStatus.DONE,
            END_CONTRIBUTION_SENT, AssignmentStatus.DONE,
            END_CLOSED, AssignmentStatus.DONE,
            END_CANCELLED, AssignmentStatus.CANCELLED);

    private DirectiveAssignmentProcess() {
    }
}
