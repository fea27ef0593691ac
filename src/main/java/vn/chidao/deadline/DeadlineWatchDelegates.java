package vn.chidao.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.DirectiveAssignmentProcess;

/**
 * The service tasks of the deadline watch in {@code directive-assignment}: each hands over to
 * {@link DeadlineNotices}. The two reminders also mark themselves as sent, so a watch that starts again on a
 * new deadline does not send them twice.
 */
final class DeadlineWatchDelegates {

    private DeadlineWatchDelegates() {
    }

    static long assignmentId(DelegateExecution execution) {
        return (Long) execution.getVariable(DirectiveAssignmentProcess.VAR_ASSIGNMENT_ID);
    }

    /** {@code Task_RemindBefore}. */
    @Component("remindBeforeDeadlineDelegate")
    static class RemindBefore implements JavaDelegate {
        private final DeadlineNotices notices;

        RemindBefore(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            int days = (Integer) execution.getVariable(DirectiveAssignmentProcess.VAR_REMINDER_DAYS);
            notices.remindBefore(assignmentId(execution), days);
            execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDED_BEFORE, true);
        }
    }

    /** {@code Task_RemindOnDeadline}. */
    @Component("remindOnDeadlineDelegate")
    static class RemindOnDeadline implements JavaDelegate {
        private final DeadlineNotices notices;

        RemindOnDeadline(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.remindOnDeadline(assignmentId(execution));
            execution.setVariable(DirectiveAssignmentProcess.VAR_REMINDED_ON_DAY, true);
        }
    }

    /** {@code Task_MarkOverdue}. */
    @Component("overdueDelegate")
    static class Overdue implements JavaDelegate {
        private final DeadlineNotices notices;

        Overdue(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.markOverdue(assignmentId(execution));
        }
    }

    /** {@code Task_Escalate}: sets who reviews the overdue assignment, and whether there is anything to review. */
    @Component("escalationDelegate")
    static class Escalate implements JavaDelegate {
        private final DeadlineNotices notices;

        Escalate(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String reviewers = notices.escalate(assignmentId(execution));
            execution.setVariable(DirectiveAssignmentProcess.VAR_STILL_OVERDUE, reviewers != null);
            execution.setVariable(DirectiveAssignmentProcess.VAR_OVERDUE_REVIEWERS, reviewers);
        }
    }

    /** {@code Task_RemindWeekly}. */
    @Component("remindWeeklyDelegate")
    static class RemindWeekly implements JavaDelegate {
        private final DeadlineNotices notices;

        RemindWeekly(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.remindWeekly(assignmentId(execution));
        }
    }
}
