package vn.chidao.assignment;

import jakarta.validation.Valid;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.chidao.base.Actor;
import vn.chidao.base.EngineActions;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.notification.NotificationKind;

/**
 * The secretariat ends a directive before its units have: it cancels one with a reason (status CANCELLED), or
 * closes an ongoing one (thường xuyên) when it needs no more periodic reports (status DONE). Either way the
 * directive is marked, each of its open assignments' processes ends by a message, and every history is kept,
 * in one transaction.
 */
@Service
@Validated
@Transactional
public class DirectiveService {

    private final ConclusionService conclusions;
    private final AssignmentRepository assignments;
    private final AssignmentAccess access;
    private final EngineActions engine;

    private final Announcements announcements;

    DirectiveService(ConclusionService conclusions, AssignmentRepository assignments, AssignmentAccess access,
                     EngineActions engine, Announcements announcements) {
        this.announcements = announcements;
        this.conclusions = conclusions;
        this.assignments = assignments;
        this.access = access;
        this.engine = engine;
    }

    public ConclusionDetail cancel(Actor actor, long directiveId, CancelInput input) {
        DirectiveInfo directive = conclusions.cancelDirective(actor, directiveId, input == null ? null : input.reason());
        endOpenAssignments(actor, directiveId, "CANCELLED", input.reason().trim(), DirectiveAssignmentProcess.MESSAGE_CANCEL,
                NotificationKind.DIRECTIVE_CANCELLED, "notice.directiveCancelled");
        return conclusions.get(actor, directive.conclusionId());
    }

    public ConclusionDetail close(Actor actor, long directiveId, @Valid CloseInput input) {
        String comment = input == null ? null : StringUtils.trimToNull(input.comment());
        DirectiveInfo directive = conclusions.closeDirective(actor, directiveId, comment);
        endOpenAssignments(actor, directiveId, "CLOSED", comment, DirectiveAssignmentProcess.MESSAGE_CLOSE,
                NotificationKind.DIRECTIVE_CLOSED, "notice.directiveClosed");
        return conclusions.get(actor, directive.conclusionId());
    }

    /** Ends each open assignment of the directive and tells its unit why. */
    private void endOpenAssignments(Actor actor, long directiveId, String action, String comment, String message,
                                    NotificationKind kind, String noticeKey) {
        for (long id : assignments.findIdsByDirectiveId(directiveId)) {
            Assignment locked = access.lock(id);
            if (locked.getStatus().isOpen()) {
                access.record(locked, actor.username(), action, comment);
                engine.correlate(actor, locked.getProcessInstanceId(), message, Map.of());
                announcements.tell(locked, announcements.unitPeople(locked), kind, noticeKey,
                        comment == null ? "" : comment);
            }
        }
    }
}
