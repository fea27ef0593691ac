package vn.chidao.assignment;

import java.util.Map;

/** Names of {@code processes/directive-assignment.bpmn}: its key, activities and variables. */
public final class DirectiveAssignmentProcess {

    public static final String KEY = "directive-assignment";

    public static final String START = "StartEvent_Assigned";
    public static final String TASK_ACKNOWLEDGE = "Task_Acknowledge";
    public static final String TASK_REPORT = "Task_SubmitReport";
    public static final String TASK_REVIEW = "Task_ReviewReport";
    public static final String END_DONE = "EndEvent_Done";

    /** Long: the assignment (also the business key). */
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";
    /** Long: the assigned unit, for the candidate group {@code unit:${unitId}}. */
    public static final String VAR_UNIT_ID = "unitId";
    /** Long: the government, for the candidate group {@code secretariat:${governmentId}}. */
    public static final String VAR_GOVERNMENT_ID = "governmentId";
    /** String yyyy-MM-dd, or null for an ongoing directive. */
    public static final String VAR_DEADLINE = "deadline";
    /** java.util.Date: the end of the deadline day in Asia/Ho_Chi_Minh (the tasks' due date), or null. */
    public static final String VAR_DUE_AT = "dueAt";
    /** String ACCEPT or RETURN: the secretariat's review decision. */
    public static final String VAR_DECISION = "decision";

    /** The status an assignment takes when its process enters an activity. */
    static final Map<String, AssignmentStatus> STATUS_ON_ENTRY = Map.of(
            TASK_REPORT, AssignmentStatus.IN_PROGRESS,
            TASK_REVIEW, AssignmentStatus.AWAITING_REVIEW,
            END_DONE, AssignmentStatus.DONE);

    private DirectiveAssignmentProcess() {
    }
}
