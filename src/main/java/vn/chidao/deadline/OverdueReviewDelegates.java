package vn.chidao.deadline;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.ProcessDeadline;
import vn.chidao.base.time.AppClock;

/** The three answers of a leader to an overdue assignment ({@code Task_UrgeUnit}, {@code Task_CriticiseUnit}, {@code Task_GrantNewDeadline}). */
final class OverdueReviewDelegates {

    private OverdueReviewDelegates() {
    }

    /** Who completed the leader's task (the engine's authenticated user). */
    static String leader(DelegateExecution execution) {
        Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return who == null ? DeadlineNotices.SYSTEM : who.getUserId();
    }

    static String comment(DelegateExecution execution) {
        Object comment = execution.getVariable(DirectiveAssignmentProcess.VAR_COMMENT);
        return comment == null ? null : comment.toString();
    }

    @Component("urgeUnitDelegate")
    static class Urge implements JavaDelegate {
        private final DeadlineNotices notices;

        Urge(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.urge(DeadlineWatchDelegates.assignmentId(execution), leader(execution), comment(execution));
        }
    }

    @Component("criticiseUnitDelegate")
    static class Criticise implements JavaDelegate {
        private final DeadlineNotices notices;

        Criticise(DeadlineNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.criticise(DeadlineWatchDelegates.assignmentId(execution), leader(execution), comment(execution));
        }
    }

    @Component("grantNewDeadlineDelegate")
    static class GrantNewDeadline implements JavaDelegate {
        private final DeadlineNotices notices;
        private final AppClock clock;

        GrantNewDeadline(DeadlineNotices notices, AppClock clock) {
            this.notices = notices;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            LocalDate deadline = LocalDate.parse((String) execution.getVariable(DirectiveAssignmentProcess.VAR_NEW_DEADLINE));
            notices.changeDeadline(DeadlineWatchDelegates.assignmentId(execution), deadline, leader(execution),
                    "DEADLINE_CHANGED", comment(execution));
            ProcessDeadline.move(execution, deadline, LocalDate.now(clock));
        }
    }
}
