package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.AttachmentOwner;
import vn.chidao.document.DocumentService;
import vn.chidao.document.IncomingFile;

/**
 * Who may read or act on an assignment, the row lock that serialises two people acting at once, and the
 * history every action writes. Shared by the assignment's services and the features above it (extensions, the
 * deadline watch, the periods, the register) so each rule exists once; the changes it makes on their behalf (a
 * move to another unit, a new deadline) keep the figures in step ({@link AssignmentChanged}).
 */
@Component
public class AssignmentAccess {

    private final AssignmentRepository assignments;
    private final AssignmentEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final AppClock clock;
    private final DocumentService documents;

    AssignmentAccess(AssignmentRepository assignments, AssignmentEventRepository events,
                     ApplicationEventPublisher publisher, AppClock clock, DocumentService documents) {
        this.documents = documents;
        this.assignments = assignments;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Assignment find(long id) {
        return assignments.findById(id).orElseThrow(() -> notFound(id));
    }

    /** The second of two people acting at once waits here, then sees the first one's result. */
    public Assignment lock(long id) {
        return assignments.lockById(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Locks every part of a directive, in id order: a reassignment checks that the new unit has none while no one
     * else can give it one.
     */
    public List<Assignment> lockDirective(long directiveId) {
        return assignments.lockByDirectiveId(directiveId);
    }

    /**
     * Only the focal point of the assigned unit acts on the unit's tasks: 403 for another role (before anything is
     * looked up), 404 for an assignment the caller may not read (another unit's or government's, as for an unknown
     * one), 403 for one they read but is not their unit's.
     */
    public Assignment lockForFocalPoint(Actor actor, long id) {
        actor.require(Role.FOCAL_POINT);
        Assignment assignment = lock(id);
        checkReader(actor, assignment);
        if (!assignment.getUnitId().equals(actor.unitId())) {
            throw new ForbiddenException("error.unit");
        }
        return assignment;
    }

    /**
     * Someone of the assignment's government with one of {@code roles} (the secretariat, a leader): 403 for another
     * role, 404 for another government's assignment.
     */
    public Assignment lockForGovernment(Actor actor, long id, Role... roles) {
        actor.require(roles);
        Assignment assignment = lock(id);
        if (!actor.sees(assignment.getGovernmentId())) {
            throw notFound(id);
        }
        return assignment;
    }

    /**
     * The secretariat, leaders and admins read their whole government; unit roles their own unit. What the caller
     * may not read is answered as unknown (404): its id tells them nothing.
     */
    public void checkReader(Actor actor, Assignment assignment) {
        if (!mayRead(actor, assignment)) {
            throw notFound(assignment.getId());
        }
    }

    /** Whether {@link #checkReader} lets the caller read the assignment. */
    public boolean mayRead(Actor actor, Assignment assignment) {
        if (!actor.sees(assignment.getGovernmentId())) {
            return false;
        }
        if (actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN)) {
            return true;
        }
        return actor.hasAny(Role.UNIT_HEAD, Role.FOCAL_POINT) && assignment.getUnitId().equals(actor.unitId());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("error.assignment.notFound", id);
    }

    /**
     * Who answers an overdue assignment: the committee's chair when one is set (or the leader standing in for the
     * chair today), otherwise any government leader.
     */
    public static boolean isOverdueReviewer(Actor actor, Assignment a, DirectiveInfo directive) {
        if (!actor.has(Role.LEADER) || !a.getGovernmentId().equals(actor.governmentId())) {
            return false;
        }
        return directive.committeeChair() == null || actor.actsFor(directive.committeeChair());
    }

    static void requireStatus(Assignment assignment, AssignmentStatus wanted) {
        if (assignment.getStatus() != wanted) {
            throw new ConflictException("error.assignment.status", assignment.getStatus(), wanted);
        }
    }

    public static void requireOpen(Assignment assignment) {
        if (!assignment.getStatus().isOpen()) {
            throw new ConflictException("error.assignment.closed", assignment.getStatus());
        }
    }

    /**
     * Makes a change that may move the assignment in the figures (status, deadline, report day) and, when it
     * does, tells the listeners within the same transaction ({@link AssignmentChanged}).
     */
    void change(Assignment assignment, Runnable mutation) {
        AssignmentBucket before = assignment.bucket();
        mutation.run();
        AssignmentBucket after = assignment.bucket();
        if (!before.equals(after)) {
            publisher.publishEvent(new AssignmentChanged(assignment.getId(), before, after));
        }
    }

    /** A new deadline (an approved extension, a leader's decision); the original deadline is kept. */
    public void changeDeadline(Assignment assignment, LocalDate deadline) {
        change(assignment, () -> assignment.changeDeadline(deadline));
    }

    /** Another unit carries the assignment from now on (a reassignment); what was done so far stays. */
    public void moveTo(Assignment assignment, long unitId) {
        change(assignment, () -> assignment.moveTo(unitId));
    }

    /** A new assignment starts counting. */
    void created(Assignment assignment) {
        publisher.publishEvent(new AssignmentChanged(assignment.getId(), null, assignment.bucket()));
    }

    public void record(Assignment assignment, String username, String action, String comment) {
        events.save(new AssignmentEvent(assignment.getId(), clock.instant(), username, action, comment));
    }

    /**
     * Records a step with the files sent with it, in the step's transaction: a refused file (type, size, count)
     * refuses the step, and nothing of either is kept.
     */
    public void record(Assignment assignment, String username, String action, String comment,
                       List<IncomingFile> files) {
        AssignmentEvent event = events.save(new AssignmentEvent(assignment.getId(), clock.instant(), username, action,
                comment));
        if (!files.isEmpty()) {
            documents.attach(AttachmentOwner.ASSIGNMENT, assignment.getId(), event.getId(), action, username,
                    event.getAt(), files);
        }
    }

    /** A file attached outside any step: a line of its own in the history, the file with no step. */
    AttachmentInfo attach(Assignment assignment, String username, IncomingFile file) {
        AssignmentEvent event = events.save(new AssignmentEvent(assignment.getId(), clock.instant(), username,
                ATTACHED, DocumentService.cleanName(file.name())));
        return documents.attach(AttachmentOwner.ASSIGNMENT, assignment.getId(), event.getId(), null, username,
                event.getAt(), List.of(file)).get(0);
    }

    /** The history's line of a file attached outside a step. */
    static final String ATTACHED = "ATTACHED";

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
