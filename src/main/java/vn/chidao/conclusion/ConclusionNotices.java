package vn.chidao.conclusion;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidao.base.Role;
import vn.chidao.notification.NoticeText;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.security.UserService;

/**
 * What the issuance process announces as it moves, in the engine's transaction: a notice waiting for approval to
 * the leaders, a draft sent back to the secretariat (with the leader's comment).
 */
@Component
class ConclusionNotices {

    private final ConclusionRepository conclusions;
    private final UserService users;
    private final NotificationService notifications;

    ConclusionNotices(ConclusionRepository conclusions, UserService users, NotificationService notifications) {
        this.conclusions = conclusions;
        this.users = users;
        this.notifications = notifications;
    }

    void entered(long conclusionId, String activityId, String comment) {
        Conclusion conclusion = conclusions.findById(conclusionId).orElse(null);
        if (conclusion == null) {
            return;
        }
        if (ConclusionIssuanceProcess.TASK_APPROVE.equals(activityId)) {
            tell(conclusion, Role.LEADER, NotificationKind.APPROVAL_NEEDED, "notice.approvalNeeded", "");
        } else if (ConclusionIssuanceProcess.TASK_REVISE.equals(activityId)) {
            tell(conclusion, Role.SECRETARIAT, NotificationKind.DRAFT_REJECTED, "notice.draftRejected",
                    comment == null ? "" : comment);
        }
    }

    private void tell(Conclusion conclusion, Role role, NotificationKind kind, String key, String comment) {
        List<String> recipients = users.usernamesWithRole(conclusion.getGovernmentId(), role);
        if (!recipients.isEmpty()) {
            notifications.notify(conclusion.getGovernmentId(), recipients, kind, null,
                    new NoticeText(key, conclusion.getTitle(), conclusion.getCommittee().getName(), comment));
        }
    }
}
