package vn.chidao.task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentAccess;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.base.Actor;
import vn.chidao.base.ProcessTrail;
import vn.chidao.base.ProcessView;

/**
 * The diagram of an assignment's process: the {@code directive-assignment} model of the version the assignment
 * started on, its current step and the way it came ({@link ProcessTrail}). Whoever may read the assignment may
 * see it ({@link AssignmentService#get}).
 */
@Service
@Transactional(readOnly = true)
public class ProcessViewService {

    private final AssignmentAccess access;
    private final ProcessTrail trail;

    ProcessViewService(AssignmentAccess access, ProcessTrail trail) {
        this.access = access;
        this.trail = trail;
    }

    /** 404 for an unknown assignment, 403 for someone who may not read it. */
    public ProcessView processView(Actor actor, long assignmentId) {
        Assignment assignment = access.find(assignmentId);
        access.checkReader(actor, assignment);
        return trail.of(assignment.getProcessInstanceId());
    }
}
