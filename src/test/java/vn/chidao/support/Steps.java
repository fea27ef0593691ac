package vn.chidao.support;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentRole;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ContributionInput;
import vn.chidao.assignment.ReviewDecision;
import vn.chidao.base.Actor;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.ConclusionService;

/** The usual moves of a world's people, through the services, for tests that start further down the path. */
@Component
public class Steps {

    private final ConclusionService conclusions;
    private final AssignmentService assignments;
    private final AppClock clock;

    Steps(ConclusionService conclusions, AssignmentService assignments, AppClock clock) {
        this.conclusions = conclusions;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** Today in Asia/Ho_Chi_Minh by the application's clock (which tests may move). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Drafts and submits: the conclusion awaits a leader's approval. */
    public ConclusionDetail submitted(World world, ConclusionDraft draft) {
        ConclusionDetail created = conclusions.create(world.secretariat(), draft);
        return conclusions.submit(world.secretariat(), created.id());
    }

    /**
     * The unit's focal point acknowledges and submits a report: the assignment awaits review. A coordinating
     * unit sends its contribution instead, which ends its part.
     */
    public AssignmentDetail reported(World world, long assignmentId, String unitCode) {
        Actor focalPoint = world.focalPoint(unitCode);
        AssignmentDetail acknowledged = assignments.acknowledge(focalPoint, assignmentId);
        if (acknowledged.role() == AssignmentRole.COORDINATE) {
            return assignments.contribute(focalPoint, assignmentId, new ContributionInput("Ý kiến của " + unitCode));
        }
        return assignments.report(focalPoint, assignmentId, new CompletionReport("Đã hoàn thành, có văn bản kèm theo"));
    }

    /** The secretariat accepts the report. */
    public AssignmentDetail accepted(World world, long assignmentId) {
        return assignments.review(world.secretariat(), assignmentId, accept());
    }

    /** Acknowledged, reported and accepted (a coordinating unit: acknowledged and contributed). */
    public AssignmentDetail done(World world, long assignmentId, String unitCode) {
        AssignmentDetail reported = reported(world, assignmentId, unitCode);
        return reported.role() == AssignmentRole.COORDINATE ? reported : accepted(world, assignmentId);
    }

    public static ReviewDecision accept() {
        return new ReviewDecision(ReviewDecision.Decision.ACCEPT, null);
    }

    public static ReviewDecision giveBack(String comment) {
        return new ReviewDecision(ReviewDecision.Decision.RETURN, comment);
    }
}
