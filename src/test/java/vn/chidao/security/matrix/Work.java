package vn.chidao.security.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.assignment.ProgressUpdate;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Builds a unit's work in the state a call needs, through the services as its people would: a notice drafted,
 * awaiting approval or issued, and an assignment of the unit at each step of its way. Every text carries the
 * side's marker, every report, note and reason its secret.
 */
final class Work {

    /** The states of an assignment the matrix acts on. */
    enum Step {
        ASSIGNED, IN_PROGRESS, COORDINATING, AWAITING_REVIEW, AWAITING_SIGN_OFF, EXTENSION_PENDING, OVERDUE_REVIEW
    }

    private final Fixtures fixtures;
    private final Steps steps;
    private final ConclusionService conclusions;
    private final AssignmentService assignments;
    private final ExtensionService extensions;
    private final TimeTravel time;
    private final Processes processes;
    private final TaskService tasks;
    private int made;

    Work(Fixtures fixtures, Steps steps, ConclusionService conclusions, AssignmentService assignments,
         ExtensionService extensions, TimeTravel time, Processes processes, TaskService tasks) {
        this.fixtures = fixtures;
        this.steps = steps;
        this.conclusions = conclusions;
        this.assignments = assignments;
        this.extensions = extensions;
        this.time = time;
        this.processes = processes;
        this.tasks = tasks;
    }

    /** A draft notice with one directive for the side's unit. */
    long draft(Side side) {
        return conclusions.create(side.secretariat(), draftOf(side, directive(side, "dự thảo", side.unit()))).id();
    }

    /** A notice submitted to the leaders. */
    long awaitingApproval(Side side) {
        return steps.submitted(side.world(), draftOf(side, directive(side, "chờ duyệt", side.unit()))).id();
    }

    /** An issued notice with one directive for the side's unit. */
    ConclusionDetail issued(Side side) {
        return fixtures.issue(side.world(), draftOf(side, directive(side, "đã ban hành", side.unit())));
    }

    /** The id of an issued directive with a deadline, led by the side's unit. */
    long datedDirective(Side side) {
        return issued(side).directives().get(0).id();
    }

    /** The id of an issued ongoing directive (thường xuyên), led by the side's unit. */
    long ongoingDirective(Side side) {
        DirectiveDraft ongoing = new DirectiveDraft(text(side, "thường xuyên"), side.unit(), List.of(), null, true,
                false);
        return fixtures.issue(side.world(), draftOf(side, ongoing)).directives().get(0).id();
    }

    /** What {@link #shared} made of one side: an assignment at each step, the notice, its ongoing directive. */
    record Shared(Map<Step, Long> assignments, long conclusion, long datedDirective, long ongoingDirective) {
    }

    /**
     * One notice with a directive for each step but the overdue one (which needs a deadline long past), and an
     * ongoing directive: the side's objects that are read, or refused, but never used up.
     */
    Shared shared(Side side) {
        List<DirectiveDraft> directives = new ArrayList<>();
        directives.add(directive(side, "chờ tiếp nhận", side.unit()));
        directives.add(directive(side, "đang thực hiện", side.unit()));
        directives.add(Fixtures.directive(text(side, "phối hợp"), World.HUYEN_A, List.of(side.unit()), deadline()));
        directives.add(directive(side, "chờ xem xét", side.unit()));
        directives.add(Drafts.signedOff(directive(side, "chờ ký duyệt", side.unit())));
        directives.add(directive(side, "xin gia hạn", side.unit()));
        directives.add(new DirectiveDraft(text(side, "thường xuyên"), side.unit(), List.of(), null, true, false));
        ConclusionDetail issued = fixtures.issue(side.world(), draftOf(side, directives));
        Map<Step, Long> ids = new EnumMap<>(Step.class);
        List<Step> steps = List.of(Step.ASSIGNED, Step.IN_PROGRESS, Step.COORDINATING, Step.AWAITING_REVIEW,
                Step.AWAITING_SIGN_OFF, Step.EXTENSION_PENDING);
        for (int i = 0; i < steps.size(); i++) {
            long id = issued.directives().get(i).assignments().stream().filter(a -> a.unitCode().equals(side.unit()))
                    .findFirst().orElseThrow().id();
            ids.put(steps.get(i), moveTo(side, id, steps.get(i)));
        }
        ids.put(Step.OVERDUE_REVIEW, overdue(side));
        return new Shared(ids, issued.id(), issued.directives().get(0).id(), issued.directives().get(6).id());
    }

    /** An assignment of the side's unit at {@code step}. */
    long assignment(Side side, Step step) {
        return switch (step) {
            case COORDINATING -> moveTo(side, Fixtures.assignmentOf(fixtures.issue(side.world(), draftOf(side,
                    Fixtures.directive(text(side, "phối hợp"), World.HUYEN_A, List.of(side.unit()), deadline()))),
                    side.unit()), step);
            case AWAITING_SIGN_OFF -> moveTo(side, lead(side, Drafts.signedOff(directive(side, "chờ ký duyệt",
                    side.unit()))), step);
            case OVERDUE_REVIEW -> overdue(side);
            default -> moveTo(side, lead(side, directive(side, step.name(), side.unit())), step);
        };
    }

    /** Moves a just assigned assignment to {@code step}, as the unit, the secretariat would. */
    private long moveTo(Side side, long id, Step step) {
        switch (step) {
            case IN_PROGRESS -> {
                assignments.acknowledge(side.focalPoint(), id);
                assignments.progress(side.focalPoint(), id, new ProgressUpdate(40, side.secret() + " tiến độ"));
            }
            case COORDINATING -> assignments.acknowledge(side.focalPoint(), id);
            case AWAITING_REVIEW -> report(side, id);
            case AWAITING_SIGN_OFF -> {
                report(side, id);
                assignments.review(side.secretariat(), id, Steps.accept());
            }
            case EXTENSION_PENDING -> {
                assignments.acknowledge(side.focalPoint(), id);
                extensions.request(side.focalPoint(), id,
                        new ExtensionInput(deadline().plusDays(30), side.secret() + " lý do gia hạn"));
            }
            default -> {
            }
        }
        return id;
    }

    /**
     * Due 60 days ago, issued today: the deadline watch's timers are all past, and running them as the job executor
     * would (the clock does not move) leaves the leaders' overdue review waiting.
     */
    private long overdue(Side side) {
        LocalDate today = steps.today();
        LocalDate meeting = today.minusDays(90);
        ConclusionDraft draft = new ConclusionDraft(side.committee(), meeting, text(side, "quá hạn"),
                List.of(Fixtures.directive(text(side, "quá hạn"), side.unit(), List.of(), today.minusDays(60))));
        long id = Fixtures.assignmentOf(fixtures.issue(side.world(), draft), side.unit());
        var instance = processes.ofAssignment(id);
        time.runUntil(time.now(), instance);
        time.reset();
        long waiting = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW).count();
        if (waiting != 1) {
            throw new IllegalStateException("The overdue review of assignment " + id + " does not wait");
        }
        return id;
    }

    private void report(Side side, long id) {
        assignments.acknowledge(side.focalPoint(), id);
        assignments.report(side.focalPoint(), id, new CompletionReport(side.secret() + " báo cáo kết quả"));
    }

    private long lead(Side side, DirectiveDraft directive) {
        return Fixtures.assignmentOf(fixtures.issue(side.world(), draftOf(side, directive)), side.unit());
    }

    private DirectiveDraft directive(Side side, String what, String lead) {
        return Fixtures.directive(text(side, what), lead, List.of(), deadline());
    }

    private ConclusionDraft draftOf(Side side, DirectiveDraft directive) {
        return draftOf(side, List.of(directive));
    }

    private ConclusionDraft draftOf(Side side, List<DirectiveDraft> directives) {
        return new ConclusionDraft(side.committee(), steps.today().minusDays(2), "Kết luận " + side.marker()
                + " số " + (++made), directives);
    }

    private String text(Side side, String what) {
        return "Nhiệm vụ " + side.marker() + " " + what + " " + (++made);
    }

    private LocalDate deadline() {
        return steps.today().plusDays(30);
    }
}
