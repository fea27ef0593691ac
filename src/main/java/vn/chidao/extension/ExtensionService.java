package vn.chidao.extension;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentAccess;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.ExtensionStatus;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.EngineActions;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.deadline.DeadlineChange;
import vn.chidao.deadline.DeadlineNotices;
import vn.chidao.document.IncomingFile;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.security.UserService;

/**
 * Extension requests (gia hạn): the unit's focal point asks, before it is done, for a later deadline with a
 * reason; the secretariat (the leaders when the directive needs leader sign-off) decides. On approval the
 * process moves the deadline and every pending timer; the original deadline is kept.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ExtensionService {

    private final ExtensionRequestRepository requests;
    private final AssignmentAccess access;
    private final AssignmentService assignments;
    private final DeadlineNotices notices;
    private final DeadlineChange deadlineChange;
    private final ConclusionService conclusions;
    private final UserService users;
    private final NotificationService notifications;
    private final EngineActions engine;
    private final Messages messages;
    private final AppClock clock;

    ExtensionService(ExtensionRequestRepository requests, AssignmentAccess access, AssignmentService assignments,
                     DeadlineNotices notices, DeadlineChange deadlineChange, ConclusionService conclusions, UserService users,
                     NotificationService notifications, EngineActions engine, Messages messages, AppClock clock) {
        this.requests = requests;
        this.access = access;
        this.assignments = assignments;
        this.notices = notices;
        this.deadlineChange = deadlineChange;
        this.conclusions = conclusions;
        this.users = users;
        this.notifications = notifications;
        this.engine = engine;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public AssignmentDetail request(Actor actor, long id, @Valid ExtensionInput input) {
        return request(actor, id, input, List.of());
    }

    /** The request with the files that ground it (an official letter asking for more time). */
    @Transactional
    public AssignmentDetail request(Actor actor, long id, @Valid ExtensionInput input, List<IncomingFile> files) {
        Assignment a = access.lockForFocalPoint(actor, id);
        AssignmentAccess.requireOpen(a);
        if (!a.isChased()) {
            throw new ConflictException("error.extension.reported");
        }
        if (a.getDeadline() == null) {
            throw new ConflictException("error.extension.ongoing");
        }
        if (!input.newDeadline().isAfter(a.getDeadline())) {
            throw InvalidInputException.of("newDeadline", "error.extension.notLater", Dates.format(a.getDeadline()));
        }
        if (input.newDeadline().isBefore(access.today())) {
            throw InvalidInputException.of("newDeadline", "error.extension.past");
        }
        if (requests.findByAssignmentIdAndStatus(id, ExtensionStatus.PENDING).isPresent()) {
            throw new ConflictException("error.extension.pending");
        }
        String reason = input.reason().trim();
        ExtensionRequest request = requests.save(new ExtensionRequest(id, a.getDeadline(), input.newDeadline(), reason,
                actor.username(), clock.instant()));
        access.record(a, actor.username(), "EXTENSION_REQUESTED",
                Dates.format(a.getDeadline()) + " → " + Dates.format(input.newDeadline()) + " · " + reason, files);
        engine.correlate(actor, a.getProcessInstanceId(), DirectiveAssignmentProcess.MESSAGE_EXTENSION_REQUESTED,
                Map.of(DirectiveAssignmentProcess.VAR_EXTENSION_REQUEST_ID, request.getId()));
        DirectiveInfo directive = directive(a);
        List<String> deciders = users.usernamesWithRole(a.getGovernmentId(), decider(directive));
        notifications.notify(a.getGovernmentId(), deciders, NotificationKind.EXTENSION_REQUESTED, id,
                messages.get(Messages.VIETNAMESE, "notice.extensionRequested", actor.unitCode(),
                        directive.conclusionNumber(), Dates.format(input.newDeadline()), reason));
        return assignments.detail(actor, a);
    }

    @Transactional
    public AssignmentDetail decide(Actor actor, long id, @Valid ExtensionDecision decision) {
        // lock before reading anything of the assignment, so the second of two deciders sees the first's result
        Assignment a = access.lockForGovernment(actor, id, Role.SECRETARIAT, Role.LEADER);
        actor.require(decider(directive(a)));
        ExtensionRequest request = requests.findByAssignmentIdAndStatus(id, ExtensionStatus.PENDING)
                .orElseThrow(() -> new ConflictException("error.extension.none"));
        String comment = StringUtils.trimToNull(decision.comment());
        if (!decision.approve() && comment == null) {
            throw InvalidInputException.of("comment", "error.extension.reasonRequired");
        }
        request.decide(decision.approve(), actor.username(), clock.instant(), comment);
        if (!decision.approve()) {
            access.record(a, actor.username(), "EXTENSION_REFUSED", comment);
            notifications.notify(a.getGovernmentId(), List.of(request.getRequestedByUsername()),
                    NotificationKind.EXTENSION_DECIDED, id,
                    messages.get(Messages.VIETNAMESE, "notice.extensionRefused", Dates.format(a.getDeadline()), comment));
        }
        engine.complete(actor, a.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_DECIDE_EXTENSION,
                Map.of(DirectiveAssignmentProcess.VAR_EXTENSION_APPROVED, decision.approve()));
        if (decision.approve()) {
            deadlineChange.restartWatch(actor, a);
        }
        return assignments.detail(actor, a);
    }

    /** Called by the engine once approved: the assignment takes the new deadline, which is returned for the process. */
    @Transactional
    LocalDate apply(long requestId, String decidedBy) {
        ExtensionRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("error.extension.none"));
        notices.changeDeadline(request.getAssignmentId(), request.getRequestedDeadline(), decidedBy,
                "EXTENSION_APPROVED", request.getDecisionComment());
        return request.getRequestedDeadline();
    }

    private DirectiveInfo directive(Assignment a) {
        return conclusions.directives(List.of(a.getDirectiveId())).get(a.getDirectiveId());
    }

    /** The leaders decide when the directive needs their sign-off, the secretariat otherwise. */
    private static Role decider(DirectiveInfo directive) {
        return directive.leaderSignOff() ? Role.LEADER : Role.SECRETARIAT;
    }
}
