package vn.chidao.deadline;

import jakarta.validation.Valid;
import java.util.HashMap;
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
import vn.chidao.base.Actor;
import vn.chidao.base.EngineActions;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Role;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveInfo;

/**
 * The leaders' answer to an assignment overdue for M working days: urge the unit (nhắc nhở), criticise it
 * (phê bình, counted per unit), or grant a new deadline. Only the committee's chair answers when one is set.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class OverdueService {

    private final AssignmentAccess access;
    private final AssignmentService assignments;
    private final ConclusionService conclusions;
    private final EngineActions engine;
    private final DeadlineChange deadlineChange;

    OverdueService(AssignmentAccess access, AssignmentService assignments, ConclusionService conclusions,
                   EngineActions engine, DeadlineChange deadlineChange) {
        this.access = access;
        this.assignments = assignments;
        this.conclusions = conclusions;
        this.engine = engine;
        this.deadlineChange = deadlineChange;
    }

    @Transactional
    public AssignmentDetail review(Actor actor, long id, @Valid OverdueDecision decision) {
        Assignment a = access.lockForGovernment(actor, id, Role.LEADER);
        DirectiveInfo directive = conclusions.directives(List.of(a.getDirectiveId())).get(a.getDirectiveId());
        if (!AssignmentAccess.isOverdueReviewer(actor, a, directive)) {
            throw new ForbiddenException("error.overdue.chairOnly", directive.committeeChair());
        }
        String chair = directive.committeeChair();
        if (chair != null && !chair.equals(actor.username())) {
            access.record(a, actor.username(), "ON_BEHALF", chair);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(DirectiveAssignmentProcess.VAR_OVERDUE_DECISION, decision.decision().name());
        variables.put(DirectiveAssignmentProcess.VAR_COMMENT,
                StringUtils.trimToNull(decision.comment()));
        if (decision.decision() == OverdueDecision.Action.NEW_DEADLINE) {
            if (decision.newDeadline() == null) {
                throw InvalidInputException.of("newDeadline", "error.required");
            }
            if (!decision.newDeadline().isAfter(access.today())) {
                throw InvalidInputException.of("newDeadline", "error.overdue.deadlineInPast");
            }
            variables.put(DirectiveAssignmentProcess.VAR_NEW_DEADLINE, decision.newDeadline().toString());
        }
        engine.complete(actor, a.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW, variables);
        if (decision.decision() == OverdueDecision.Action.NEW_DEADLINE) {
            deadlineChange.restartWatch(actor, a);
        }
        return assignments.detail(actor, a);
    }
}
