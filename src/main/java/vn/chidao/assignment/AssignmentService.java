package vn.chidao.assignment;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.EngineActions;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.calendar.WorkingCalendar;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.AttachmentOwner;
import vn.chidao.document.DocumentService;
import vn.chidao.document.IncomingFile;
import vn.chidao.notification.NotificationKind;

/**
 * A unit's part in a directive. The unit's focal point acknowledges, reports progress and submits the
 * completion report (a coordinating unit sends its contribution instead); the secretariat accepts or returns
 * the report, and a leader signs it off when the directive asks. The status follows the process
 * ({@link AssignmentStatusListener}); this service checks who may act and records the history.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final ContributionRepository contributions;
    private final AssignmentAccess access;
    private final AssignmentViews views;
    private final ReportingPeriods periods;
    private final ExtensionRequests extensions;
    private final ConclusionService conclusions;
    private final WorkingCalendar calendar;
    private final LifecycleProperties lifecycle;
    private final EngineActions engine;
    private final ApplicationEventPublisher publisher;
    private final Announcements announcements;
    private final AppClock clock;
    private final DocumentService documents;

    static final String REPORTED = "REPORTED";

    AssignmentService(AssignmentRepository assignments, ContributionRepository contributions,
                      AssignmentAccess access, AssignmentViews views, ReportingPeriods periods, ExtensionRequests extensions,
                      ConclusionService conclusions, WorkingCalendar calendar,
                      LifecycleProperties lifecycle, EngineActions engine, ApplicationEventPublisher publisher,
                      Announcements announcements, AppClock clock, DocumentService documents) {
        this.documents = documents;
        this.announcements = announcements;
        this.assignments = assignments;
        this.contributions = contributions;
        this.access = access;
        this.views = views;
        this.periods = periods;
        this.extensions = extensions;
        this.conclusions = conclusions;
        this.calendar = calendar;
        this.lifecycle = lifecycle;
        this.engine = engine;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public AssignmentDetail acknowledge(Actor actor, long id) {
        Assignment assignment = access.lockForFocalPoint(actor, id);
        AssignmentAccess.requireStatus(assignment, AssignmentStatus.ASSIGNED);
        assignment.acknowledge(clock.instant());
        access.record(assignment, actor.username(), "ACKNOWLEDGED", null);
        engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_ACKNOWLEDGE, Map.of());
        return detail(actor, assignment);
    }

    @Transactional
    public AssignmentDetail progress(Actor actor, long id, @Valid ProgressUpdate update) {
        return progress(actor, id, update, List.of());
    }

    /** Progress with the files that show it (a draft, photos of the work): stored with the step, or neither. */
    @Transactional
    public AssignmentDetail progress(Actor actor, long id, @Valid ProgressUpdate update, List<IncomingFile> files) {
        Assignment assignment = access.lockForFocalPoint(actor, id);
        AssignmentAccess.requireStatus(assignment, AssignmentStatus.IN_PROGRESS);
        assignment.progress(update.percent());
        String note = update.note() == null || update.note().isBlank() ? "" : " · " + update.note().trim();
        access.record(assignment, actor.username(), AssignmentQueries.PROGRESS, update.percent() + "%" + note, files);
        return detail(actor, assignment);
    }

    /**
     * The lead unit's completion report (a coordinating unit sends a contribution instead). For an ongoing
     * directive it is the report of the current period, and the next period opens.
     */
    @Transactional
    public AssignmentDetail report(Actor actor, long id, @Valid CompletionReport report) {
        return report(actor, id, report, List.of());
    }

    /**
     * The report with its documents (the signed report, the plan issued). A directive that requires evidence refuses
     * a report without a file (400 on {@code file}).
     */
    @Transactional
    public AssignmentDetail report(Actor actor, long id, @Valid CompletionReport report, List<IncomingFile> files) {
        Assignment assignment = access.lockForFocalPoint(actor, id);
        AssignmentAccess.requireStatus(assignment, AssignmentStatus.IN_PROGRESS);
        requireRole(assignment, AssignmentRole.LEAD);
        if (files.isEmpty() && announcements.directive(assignment).evidenceRequired()) {
            throw InvalidInputException.of(DocumentService.FIELD, "error.file.evidenceRequired");
        }
        Instant now = clock.instant();
        String text = report.report().trim();
        extensions.withdrawOnReport(actor, assignment);
        access.change(assignment, () -> assignment.report(text, now, Dates.dayOf(now)));
        if (assignment.isOngoing()) {
            int period = periods.submit(id, text, actor.username(), now);
            access.record(assignment, actor.username(), "PERIODIC_REPORTED", period + " · " + text, files);
            engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_PERIODIC_REPORT,
                    Map.of());
        } else {
            access.record(assignment, actor.username(), REPORTED, text, files);
            engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_REPORT, Map.of());
            announcements.tell(assignment, announcements.withRole(assignment, Role.SECRETARIAT),
                    NotificationKind.REVIEW_NEEDED, "notice.reviewNeeded", unitName(assignment));
        }
        return detail(actor, assignment);
    }

    /** A coordinating unit sends its contribution to the lead unit; its part is then done. */
    @Transactional
    public AssignmentDetail contribute(Actor actor, long id, @Valid ContributionInput input) {
        return contribute(actor, id, input, List.of());
    }

    /** The contribution with its files, which the lead unit reads beside it. */
    @Transactional
    public AssignmentDetail contribute(Actor actor, long id, @Valid ContributionInput input, List<IncomingFile> files) {
        Assignment assignment = access.lockForFocalPoint(actor, id);
        AssignmentAccess.requireStatus(assignment, AssignmentStatus.IN_PROGRESS);
        requireRole(assignment, AssignmentRole.COORDINATE);
        Instant now = clock.instant();
        String text = input.text().trim();
        access.change(assignment, () -> assignment.report(text, now, Dates.dayOf(now)));
        contributions.save(new Contribution(assignment.getDirectiveId(), assignment.getId(), assignment.getUnitId(),
                text, actor.username(), now));
        access.record(assignment, actor.username(), "CONTRIBUTED", text, files);
        engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_CONTRIBUTION,
                Map.of());
        return detail(actor, assignment);
    }

    @Transactional
    public AssignmentDetail review(Actor actor, long id, @Valid ReviewDecision decision) {
        String comment = commentFor(decision);
        Assignment assignment = access.lockForGovernment(actor, id, Role.SECRETARIAT);
        AssignmentAccess.requireStatus(assignment, AssignmentStatus.AWAITING_REVIEW);
        boolean accept = decision.decision() == ReviewDecision.Decision.ACCEPT;
        if (accept && announcements.directive(assignment).evidenceRequired() && !hasEvidence(assignment)) {
            throw new ConflictException("error.file.evidenceMissing");
        }
        access.record(assignment, actor.username(), accept ? "ACCEPTED" : "RETURNED", comment);
        engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_REVIEW,
                Map.of(DirectiveAssignmentProcess.VAR_DECISION, decision.decision().name()));
        DirectiveInfo directive = announcements.directive(assignment);
        if (!accept) {
            returned(assignment, directive, comment);
        } else if (directive.leaderSignOff()) {
            announcements.tell(assignment, directive, announcements.chairOrLeaders(assignment, directive),
                    NotificationKind.SIGN_OFF_NEEDED, "notice.signOffNeeded", unitName(assignment));
        }
        return detail(actor, assignment);
    }

    /** A leader signs off the accepted result of a directive that asks for it, or returns it to the unit. */
    @Transactional
    public AssignmentDetail signOff(Actor actor, long id, @Valid ReviewDecision decision) {
        String comment = commentFor(decision);
        Assignment assignment = access.lockForGovernment(actor, id, Role.LEADER);
        AssignmentAccess.requireStatus(assignment, AssignmentStatus.AWAITING_SIGN_OFF);
        boolean accept = decision.decision() == ReviewDecision.Decision.ACCEPT;
        access.record(assignment, actor.username(), accept ? "SIGNED_OFF" : "SIGN_OFF_RETURNED", comment);
        engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_SIGN_OFF,
                Map.of(DirectiveAssignmentProcess.VAR_SIGN_OFF_DECISION, decision.decision().name()));
        if (!accept) {
            returned(assignment, announcements.directive(assignment), comment);
        }
        return detail(actor, assignment);
    }

    /**
     * The unit is told its report came back, and why; after the deadline, that its work now counts as overdue
     * (the overdue rule of {@link TaskUrgencies}: the report task is the unit's own work again).
     */
    private void returned(Assignment assignment, DirectiveInfo directive, String comment) {
        boolean late = TaskUrgencies.missed(assignment.getDeadline(), access.today());
        announcements.tell(assignment, directive, announcements.unitPeople(assignment),
                NotificationKind.REPORT_RETURNED, late ? "notice.reportReturnedLate" : "notice.reportReturned", comment);
    }

    /** A file came with a report, or was attached to the assignment outside any step. */
    private boolean hasEvidence(Assignment assignment) {
        return documents.of(AttachmentOwner.ASSIGNMENT, assignment.getId()).stream()
                .anyMatch(AssignmentService::evidence);
    }

    /**
     * Attaches a file to the assignment outside a step (a signed copy that came later): its unit's focal point or
     * the secretariat, while the assignment is open.
     */
    @Transactional
    public AttachmentInfo attach(Actor actor, long id, IncomingFile file) {
        Assignment assignment = actor.has(Role.FOCAL_POINT) ? access.lockForFocalPoint(actor, id)
                : access.lockForGovernment(actor, id, Role.SECRETARIAT);
        AssignmentAccess.requireOpen(assignment);
        return access.attach(assignment, actor.username(), file);
    }

    private String unitName(Assignment assignment) {
        return announcements.unitName(assignment);
    }

    public AssignmentDetail get(Actor actor, long id) {
        Assignment assignment = access.find(id);
        access.checkReader(actor, assignment);
        return detail(actor, assignment);
    }

    /** Assignments by the process instance that carries them (for the inbox). */
    public Map<String, AssignmentRow> byProcessInstanceIds(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Assignment> found = assignments.findByProcessInstanceIdIn(processInstanceIds);
        Map<Long, String> instanceOf = found.stream()
                .collect(Collectors.toMap(Assignment::getId, Assignment::getProcessInstanceId));
        return views.rows(found).stream().collect(Collectors.toMap(r -> instanceOf.get(r.id()), Function.identity()));
    }

    /**
     * The latest report (or contribution) of each of these assignments that the caller may read and that has one,
     * by id: what the review queue shows beside its decisions, in one query per page.
     */
    public Map<Long, String> reports(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return assignments.findAllById(ids).stream().filter(a -> a.getReport() != null && access.mayRead(actor, a))
                .collect(Collectors.toMap(Assignment::getId, Assignment::getReport));
    }

    /**
     * The files sent with the reports of the assignments the caller reads (and those attached outside a step), by
     * assignment id: a queue's page at once, beside its reports' texts.
     */
    public Map<Long, List<AttachmentInfo>> reportFiles(Actor actor, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> readable = assignments.findAllById(ids).stream().filter(a -> access.mayRead(actor, a))
                .map(Assignment::getId).toList();
        Map<Long, List<AttachmentInfo>> files = new HashMap<>();
        documents.of(AttachmentOwner.ASSIGNMENT, readable).forEach((id, list) -> files.put(id,
                list.stream().filter(AssignmentService::evidence).toList()));
        return files;
    }

    /** A file that came with a report, or outside any step. */
    private static boolean evidence(AttachmentInfo file) {
        return file.step() == null || REPORTED.equals(file.step()) || "PERIODIC_REPORTED".equals(file.step());
    }

    /** Assignments by id, as rows (for what deliveries say of them); unknown ids are left out. */
    public Map<Long, AssignmentRow> rows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return views.rows(assignments.findAllById(ids)).stream()
                .collect(Collectors.toMap(AssignmentRow::id, Function.identity()));
    }

    /**
     * The open assignments with a deadline of a government (or of one of its units) that are overdue or due by
     * {@code dueBy}, earliest deadline first: what the morning digest lists.
     */
    public List<AssignmentRow> openDueBy(long governmentId, Long unitId, LocalDate dueBy) {
        var spec = AssignmentSpecs.inGovernment(governmentId).and(AssignmentSpecs.open())
                .and(AssignmentSpecs.deadlineWithin(null, dueBy));
        if (unitId != null) {
            spec = spec.and(AssignmentSpecs.ofUnit(unitId));
        }
        return views.rows(assignments.findAll(spec, Sort.by("deadline", "id")));
    }

    /**
     * Called by the engine when a leader approved a conclusion: one assignment per lead and coordinating unit.
     * A deadline in working days counts from the issue date; a coordinating unit's contribution is due some
     * working days before the lead's deadline (never before the issue date).
     */
    @Transactional
    List<Long> createForConclusion(long conclusionId, String issuedBy) {
        Instant now = clock.instant();
        List<Assignment> created = new ArrayList<>();
        for (DirectiveInfo directive : conclusions.directivesOf(conclusionId)) {
            LocalDate deadline = leadDeadline(directive);
            created.add(new Assignment(directive.governmentId(), conclusionId, directive.committeeId(),
                    directive.id(), directive.leadUnitId(), AssignmentRole.LEAD, deadline, now));
            LocalDate contributionDeadline = contributionDeadline(deadline, directive.issuedDate());
            for (Long unitId : directive.coordinatingUnitIds()) {
                created.add(new Assignment(directive.governmentId(), conclusionId, directive.committeeId(),
                        directive.id(), unitId, AssignmentRole.COORDINATE, contributionDeadline, now));
            }
        }
        assignments.saveAll(created);
        created.forEach(a -> {
            access.record(a, issuedBy, "ASSIGNED", null);
            access.created(a);
        });
        return created.stream().map(Assignment::getId).toList();
    }

    private LocalDate leadDeadline(DirectiveInfo directive) {
        if (directive.deadlineWorkingDays() != null) {
            return calendar.plusWorkingDays(directive.issuedDate(), directive.deadlineWorkingDays());
        }
        return directive.deadline();
    }

    private LocalDate contributionDeadline(LocalDate leadDeadline, LocalDate issued) {
        if (leadDeadline == null) {
            return null;
        }
        LocalDate due = calendar.minusWorkingDays(leadDeadline, lifecycle.contributionDaysBefore());
        return due.isBefore(issued) ? issued : due;
    }

    /** What a started process needs to know of its assignment. */
    record ProcessFacts(long unitId, long governmentId, LocalDate deadline, AssignmentRole role,
                        boolean leaderSignOff, int reminderDays, String reportEvery) {
    }

    @Transactional
    ProcessFacts attachProcess(long assignmentId, String processInstanceId) {
        Assignment assignment = access.find(assignmentId);
        assignment.attachProcess(processInstanceId);
        announcements.taskAssigned(assignment);
        DirectiveInfo directive = conclusions.directives(List.of(assignment.getDirectiveId()))
                .get(assignment.getDirectiveId());
        return new ProcessFacts(assignment.getUnitId(), assignment.getGovernmentId(), assignment.getDeadline(),
                assignment.getRole(), directive.leaderSignOff(), directive.reminderDays(),
                directive.reportEvery() == null ? DirectiveDraft.DEFAULT_REPORT_EVERY : directive.reportEvery());
    }

    /** The process moved; when it ended the assignment, the listeners learn it ({@link AssignmentEnded}). */
    @Transactional
    void markStatus(long assignmentId, AssignmentStatus status) {
        Assignment assignment = access.find(assignmentId);
        access.change(assignment, () -> assignment.setStatus(status, clock.instant()));
        if (!status.isOpen()) {
            publisher.publishEvent(new AssignmentEnded(assignmentId, status));
        }
    }

    /** The assignment as {@code actor} sees it, once another feature has acted on it (and checked the actor). */
    public AssignmentDetail detail(Actor actor, Assignment assignment) {
        boolean overdueReviewOpen = engine.openTask(assignment.getProcessInstanceId(),
                DirectiveAssignmentProcess.TASK_OVERDUE_REVIEW) != null;
        return views.detail(actor, assignment, overdueReviewOpen);
    }

    private static String commentFor(ReviewDecision decision) {
        String comment = StringUtils.trimToNull(decision.comment());
        if (decision.decision() == ReviewDecision.Decision.RETURN && comment == null) {
            throw InvalidInputException.of("comment", "error.review.commentRequired");
        }
        return comment;
    }

    private static void requireRole(Assignment assignment, AssignmentRole role) {
        if (assignment.getRole() != role) {
            throw new ConflictException("error.assignment.role." + role.name());
        }
    }
}
