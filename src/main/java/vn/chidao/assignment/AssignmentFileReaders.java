package vn.chidao.assignment;

import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.document.AttachmentOwner;
import vn.chidao.document.AttachmentReaders;

/**
 * Who opens an assignment's files: whoever reads the assignment (its unit, the secretariat, leaders and admins of its
 * government), and the lead unit for a coordinating unit's files (it reads their contributions). Someone of the same government who does not (another unit) is refused (403): the file's id was
 * handed to them by no screen, and saying so is clearer than pretending it is not there. Another government's: 404.
 */
@Component
class AssignmentFileReaders implements AttachmentReaders {

    private final AssignmentAccess access;
    private final AssignmentRepository assignments;

    AssignmentFileReaders(AssignmentAccess access, AssignmentRepository assignments) {
        this.access = access;
        this.assignments = assignments;
    }

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.ASSIGNMENT;
    }

    @Override
    public void checkReader(Actor actor, long ownerId) {
        Assignment assignment = access.find(ownerId);
        if (!actor.sees(assignment.getGovernmentId())) {
            throw new NotFoundException("error.assignment.notFound", ownerId);
        }
        if (!access.mayRead(actor, assignment) && !leadOf(actor, assignment)) {
            throw new ForbiddenException("error.file.forbidden");
        }
    }

    private boolean leadOf(Actor actor, Assignment coordinating) {
        return coordinating.getRole() == AssignmentRole.COORDINATE && actor.hasAny(Role.UNIT_HEAD, Role.FOCAL_POINT)
                && actor.unitId() != null && assignments.existsByDirectiveIdAndUnitIdAndRole(
                        coordinating.getDirectiveId(), actor.unitId(), AssignmentRole.LEAD);
    }
}
