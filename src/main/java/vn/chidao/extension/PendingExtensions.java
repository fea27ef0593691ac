package vn.chidao.extension;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentAccess;
import vn.chidao.assignment.Announcements;
import vn.chidao.base.Role;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.notification.NotificationKind;
import vn.chidao.assignment.AssignmentEnded;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.ExtensionStatus;
import vn.chidao.base.Actor;
import vn.chidao.base.EngineActions;

/**
 * A unit that reports (or sends its contribution) while its extension request waits has no more use for it: the
 * request becomes obsolete and its decision task ends unapproved, so an extension granted later cannot turn a
 * late report into an on-time one. A request nobody decided before the assignment ended is obsolete too.
 */
@Component
class PendingExtensions {

    private final ExtensionRequestRepository requests;
    private final AssignmentAccess access;
    private final EngineActions engine;

    private final Announcements announcements;

    PendingExtensions(ExtensionRequestRepository requests, AssignmentAccess access, EngineActions engine,
                      Announcements announcements) {
        this.requests = requests;
        this.access = access;
        this.engine = engine;
        this.announcements = announcements;
    }

    /** Called before the unit's report completes its task, in the same transaction. */
    void withdrawOnReport(Actor actor, Assignment assignment) {
        requests.findByAssignmentIdAndStatus(assignment.getId(), ExtensionStatus.PENDING).ifPresent(request -> {
            request.becomeObsolete();
            access.record(assignment, actor.username(), "EXTENSION_WITHDRAWN", null);
            engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_DECIDE_EXTENSION,
                    Map.of(DirectiveAssignmentProcess.VAR_EXTENSION_APPROVED, false));
            DirectiveInfo directive = announcements.directive(assignment);
            announcements.tell(assignment, directive, announcements.withRole(assignment,
                            directive.leaderSignOff() ? Role.LEADER : Role.SECRETARIAT),
                    NotificationKind.EXTENSION_WITHDRAWN, "notice.extensionWithdrawn", announcements.unitName(assignment));
        });
    }

    /** The process moved the assignment to its end (done or cancelled), in the same transaction. */
    @EventListener
    void obsoleteOnEnd(AssignmentEnded ended) {
        requests.findByAssignmentIdAndStatus(ended.assignmentId(), ExtensionStatus.PENDING)
                .ifPresent(ExtensionRequest::becomeObsolete);
    }
}
