package vn.chidao.inbox;

import java.util.Arrays;
import java.util.Optional;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.conclusion.ConclusionIssuanceProcess;

/** What a task asks of the caller, by the BPMN user task it comes from. */
public enum TaskKind {
    ACKNOWLEDGE(DirectiveAssignmentProcess.TASK_ACKNOWLEDGE),
    REPORT(DirectiveAssignmentProcess.TASK_REPORT),
    PERIODIC_REPORT(DirectiveAssignmentProcess.TASK_PERIODIC_REPORT),
    REVIEW(DirectiveAssignmentProcess.TASK_REVIEW),
    CONTRIBUTE(DirectiveAssignmentProcess.TASK_CONTRIBUTION),
    SIGN_OFF(DirectiveAssignmentProcess.TASK_SIGN_OFF),
    DECIDE_EXTENSION(DirectiveAssignmentProcess.TASK_DECIDE_EXTENSION),
    OVERDUE_REVIEW(DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW),
    APPROVE_CONCLUSION(ConclusionIssuanceProcess.TASK_APPROVE),
    REVISE_CONCLUSION(ConclusionIssuanceProcess.TASK_REVISE);

    private final String taskKey;

    TaskKind(String taskKey) {
        this.taskKey = taskKey;
    }

    public String taskKey() {
        return taskKey;
    }

    public boolean isAboutAssignment() {
        return this != APPROVE_CONCLUSION && this != REVISE_CONCLUSION;
    }

    static Optional<TaskKind> ofTaskKey(String key) {
        return Arrays.stream(values()).filter(k -> k.taskKey.equals(key)).findFirst();
    }
}
