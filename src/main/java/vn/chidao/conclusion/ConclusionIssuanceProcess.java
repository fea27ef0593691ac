package vn.chidao.conclusion;

import java.util.Map;

/** Names of {@code processes/conclusion-issuance.bpmn}: its key, activities and variables. */
public final class ConclusionIssuanceProcess {

    public static final String KEY = "conclusion-issuance";

    public static final String TASK_APPROVE = "Task_ApproveConclusion";
    public static final String TASK_REVISE = "Task_ReviseDraft";
    public static final String TASK_ISSUE = "Task_IssueConclusion";
    public static final String TASK_CREATE_ASSIGNMENTS = "Task_CreateAssignments";
    public static final String CALL_ASSIGNMENTS = "CallActivity_DirectiveAssignments";

    /** Long: the conclusion's id (also the business key). */
    public static final String VAR_CONCLUSION_ID = "conclusionId";
    /** Long: the government, for the candidate groups of the leader and the secretariat. */
    public static final String VAR_GOVERNMENT_ID = "governmentId";
    /** Boolean: the leader's decision. */
    public static final String VAR_APPROVED = "approved";
    /** String: the number the leader gave, or null to generate one. */
    public static final String VAR_NUMBER = "number";
    /** String: the leader's comment on rejection. */
    public static final String VAR_COMMENT = "comment";
    /** List of Long (transient): the assignments to start, one directive-assignment instance each. */
    public static final String VAR_ASSIGNMENT_IDS = "assignmentIds";
    /** Long: the element variable of the multi-instance call activity. */
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";

    /** The status a conclusion takes when its process enters an activity. */
    static final Map<String, ConclusionStatus> STATUS_ON_ENTRY = Map.of(
            TASK_APPROVE, ConclusionStatus.AWAITING_APPROVAL,
            TASK_REVISE, ConclusionStatus.DRAFT);

    private ConclusionIssuanceProcess() {
    }
}
