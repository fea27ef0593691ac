package vn.chidao.assignment;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.EngineActions;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * A unit's part in a directive. The unit's focal point acknowledges, reports progress and submits the
 * completion report; the secretariat accepts or returns it. The status follows the process
 * ({@link AssignmentStatusListener}); this service checks who may act and records the history.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final AssignmentEventRepository events;
    private final ConclusionService conclusions;
    private final OrganisationService organisation;
    private final EngineActions engine;
    private final AppClock clock;

    AssignmentService(AssignmentRepository assignments, AssignmentEventRepository events,
                      ConclusionService conclusions, OrganisationService organisation, EngineActions engine,
                      AppClock clock) {
        this.assignments = assignments;
        this.events = events;
        this.conclusions = conclusions;
        this.organisation = organisation;
        this.engine = engine;
        this.clock = clock;
    }

    @Transactional
    public AssignmentDetail acknowledge(Actor actor, long id) {
        Assignment assignment = lockForFocalPoint(actor, id);
        requireStatus(assignment, AssignmentStatus.ASSIGNED);
        assignment.acknowledge(clock.instant());
        record(assignment, actor.username(), "ACKNOWLEDGED", null);
        engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_ACKNOWLEDGE, Map.of());
        return detail(actor, assignment);
    }

    @Transactional
    public AssignmentDetail progress(Actor actor, long id, @Valid ProgressUpdate update) {
        Assignment assignment = lockForFocalPoint(actor, id);
        requireStatus(assignment, AssignmentStatus.IN_PROGRESS);
        assignment.progress(update.percent());
        String note = update.note() == null || update.note().isBlank() ? "" : " · " + update.note().trim();
        record(assignment, actor.username(), "PROGRESS", update.percent() + "%" + note);
        return detail(actor, assignment);
    }

    @Transactional
    public AssignmentDetail report(Actor actor, long id, @Valid CompletionReport report) {
        Assignment assignment = lockForFocalPoint(actor, id);
        requireStatus(assignment, AssignmentStatus.IN_PROGRESS);
        Instant now = clock.instant();
        assignment.report(report.report().trim(), now, Dates.dayOf(now));
        record(assignment, actor.username(), "REPORTED", report.report().trim());
        engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_REPORT, Map.of());
        return detail(actor, assignment);
    }

    @Transactional
    public AssignmentDetail review(Actor actor, long id, @Valid ReviewDecision decision) {
        actor.require(Role.SECRETARIAT);
        boolean accept = decision.decision() == ReviewDecision.Decision.ACCEPT;
        String comment = decision.comment() == null || decision.comment().isBlank() ? null : decision.comment().trim();
        if (!accept && comment == null) {
            throw InvalidInputException.of("comment", "error.review.commentRequired");
        }
        Assignment assignment = lock(id);
        actor.requireGovernment(assignment.getGovernmentId());
        requireStatus(assignment, AssignmentStatus.AWAITING_REVIEW);
        record(assignment, actor.username(), accept ? "ACCEPTED" : "RETURNED", comment);
        engine.complete(actor, assignment.getProcessInstanceId(), DirectiveAssignmentProcess.TASK_REVIEW,
                Map.of(DirectiveAssignmentProcess.VAR_DECISION, decision.decision().name()));
        return detail(actor, assignment);
    }

    public AssignmentDetail get(Actor actor, long id) {
        Assignment assignment = assignments.findById(id)
                .orElseThrow(() -> new NotFoundException("error.assignment.notFound", id));
        checkReader(actor, assignment);
        return detail(actor, assignment);
    }

    /** The assignments the caller may see: the whole government, or their own unit's for unit roles. */
    public Page<AssignmentRow> page(Actor actor, AssignmentFilter filter, Pageable pageable) {
        Specification<Assignment> spec = visibleTo(actor, filter.unitCode());
        if (filter.status() != null) {
            spec = spec.and(AssignmentSpecs.withStatus(filter.status()));
        }
        if (filter.timeliness() != null) {
            spec = spec.and(AssignmentSpecs.withTimeliness(filter.timeliness(), today()));
        }
        if (filter.conclusionId() != null) {
            spec = spec.and(AssignmentSpecs.ofConclusion(filter.conclusionId()));
        }
        Page<Assignment> page = assignments.findAll(spec, pageable);
        Map<Long, AssignmentRow> rows = rows(page.getContent()).stream()
                .collect(Collectors.toMap(AssignmentRow::id, Function.identity()));
        return page.map(a -> rows.get(a.getId()));
    }

    /** Assignments by the process instance that carries them (for the inbox). */
    public Map<String, AssignmentRow> byProcessInstanceIds(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Assignment> found = assignments.findByProcessInstanceIdIn(processInstanceIds);
        Map<Long, String> instanceOf = found.stream()
                .collect(Collectors.toMap(Assignment::getId, Assignment::getProcessInstanceId));
        return rows(found).stream().collect(Collectors.toMap(r -> instanceOf.get(r.id()), Function.identity()));
    }

    /** Called by the engine when a leader approved a conclusion: one assignment per lead and coordinating unit. */
    @Transactional
    List<Long> createForConclusion(long conclusionId, String issuedBy) {
        Instant now = clock.instant();
        List<Assignment> created = new ArrayList<>();
        for (DirectiveInfo directive : conclusions.directivesOf(conclusionId)) {
            created.add(new Assignment(directive.governmentId(), conclusionId, directive.id(),
                    directive.leadUnitId(), AssignmentRole.LEAD, directive.deadline(), now));
            for (Long unitId : directive.coordinatingUnitIds()) {
                created.add(new Assignment(directive.governmentId(), conclusionId, directive.id(), unitId,
                        AssignmentRole.COORDINATE, directive.deadline(), now));
            }
        }
        assignments.saveAll(created);
        created.forEach(a -> record(a, issuedBy, "ASSIGNED", null));
        return created.stream().map(Assignment::getId).toList();
    }

    /** What a started process needs to know of its assignment. */
    record ProcessFacts(long unitId, long governmentId, LocalDate deadline) {
    }

    @Transactional
    ProcessFacts attachProcess(long assignmentId, String processInstanceId) {
        Assignment assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException("error.assignment.notFound", assignmentId));
        assignment.attachProcess(processInstanceId);
        return new ProcessFacts(assignment.getUnitId(), assignment.getGovernmentId(), assignment.getDeadline());
    }

    @Transactional
    void markStatus(long assignmentId, AssignmentStatus status) {
        assignments.findById(assignmentId).ifPresent(a -> a.setStatus(status, clock.instant()));
    }

    private Specification<Assignment> visibleTo(Actor actor, String unitCode) {
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
        Specification<Assignment> spec = AssignmentSpecs.inGovernment(actor.governmentId());
        boolean wholeGovernment = actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN);
        if (!wholeGovernment) {
            actor.require(Role.UNIT_HEAD, Role.FOCAL_POINT);
            if (unitCode != null && !unitCode.isBlank() && !unitCode.trim().equalsIgnoreCase(actor.unitCode())) {
                throw new ForbiddenException("error.unit");
            }
            return spec.and(AssignmentSpecs.ofUnit(actor.unitId()));
        }
        if (unitCode != null && !unitCode.isBlank()) {
            UnitDto unit = organisation.findUnit(actor.governmentId(), unitCode)
                    .orElseThrow(() -> InvalidInputException.of("unit", "error.unit.unknown", unitCode));
            spec = spec.and(AssignmentSpecs.ofUnit(unit.id()));
        }
        return spec;
    }

    private Assignment lock(long id) {
        return assignments.lockById(id).orElseThrow(() -> new NotFoundException("error.assignment.notFound", id));
    }

    /** Only the focal point of the assigned unit acts on an assignment's tasks. */
    private Assignment lockForFocalPoint(Actor actor, long id) {
        actor.require(Role.FOCAL_POINT);
        Assignment assignment = lock(id);
        actor.requireGovernment(assignment.getGovernmentId());
        if (!assignment.getUnitId().equals(actor.unitId())) {
            throw new ForbiddenException("error.unit");
        }
        return assignment;
    }

    private static void checkReader(Actor actor, Assignment assignment) {
        actor.requireGovernment(assignment.getGovernmentId());
        if (actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN)) {
            return;
        }
        actor.require(Role.UNIT_HEAD, Role.FOCAL_POINT);
        if (!assignment.getUnitId().equals(actor.unitId())) {
            throw new ForbiddenException("error.unit");
        }
    }

    private static void requireStatus(Assignment assignment, AssignmentStatus wanted) {
        if (assignment.getStatus() != wanted) {
            throw new ConflictException("error.assignment.status", assignment.getStatus(), wanted);
        }
    }

    private Set<AssignmentAction> actions(Actor actor, Assignment assignment) {
        Set<AssignmentAction> actions = EnumSet.noneOf(AssignmentAction.class);
        boolean focalPoint = actor.has(Role.FOCAL_POINT) && assignment.getUnitId().equals(actor.unitId());
        switch (assignment.getStatus()) {
            case ASSIGNED -> {
                if (focalPoint) {
                    actions.add(AssignmentAction.ACKNOWLEDGE);
                }
            }
            case IN_PROGRESS -> {
                if (focalPoint) {
                    actions.add(AssignmentAction.PROGRESS);
                    actions.add(AssignmentAction.REPORT);
                }
            }
            case AWAITING_REVIEW -> {
                if (actor.has(Role.SECRETARIAT) && assignment.getGovernmentId().equals(actor.governmentId())) {
                    actions.add(AssignmentAction.REVIEW);
                }
            }
            case DONE -> {
            }
        }
        return actions;
    }

    private void record(Assignment assignment, String username, String action, String comment) {
        events.save(new AssignmentEvent(assignment.getId(), clock.instant(), username, action, comment));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Long daysLeft(Assignment assignment, LocalDate today) {
        if (assignment.getDeadline() == null || !assignment.getStatus().isOpen()) {
            return null;
        }
        return ChronoUnit.DAYS.between(today, assignment.getDeadline());
    }

    private List<AssignmentRow> rows(List<Assignment> list) {
        Map<Long, DirectiveInfo> directives = conclusions.directives(list.stream().map(Assignment::getDirectiveId).toList());
        Map<Long, UnitDto> units = organisation.unitsById(list.stream().map(Assignment::getUnitId).toList());
        LocalDate today = today();
        return list.stream().map(a -> row(a, directives.get(a.getDirectiveId()), units.get(a.getUnitId()), today))
                .toList();
    }

    private static AssignmentRow row(Assignment a, DirectiveInfo d, UnitDto unit, LocalDate today) {
        return new AssignmentRow(a.getId(), a.getConclusionId(), d.conclusionNumber(), d.conclusionTitle(),
                d.committee(), d.id(), d.ordinal(), d.content(), unit.code(), unit.name(), a.getRole(),
                a.getDeadline(), a.getOriginalDeadline(), a.getStatus(), a.timeliness(today),
                a.getProgressPercent(), daysLeft(a, today));
    }

    private AssignmentDetail detail(Actor actor, Assignment a) {
        DirectiveInfo directive = conclusions.directives(List.of(a.getDirectiveId())).get(a.getDirectiveId());
        UnitDto unit = organisation.unitsById(List.of(a.getUnitId())).get(a.getUnitId());
        AssignmentRow row = row(a, directive, unit, today());
        List<HistoryEntry> history = events.findByAssignmentIdOrderByAtAscIdAsc(a.getId()).stream()
                .map(AssignmentEvent::toEntry).toList();
        return new AssignmentDetail(a.getId(), a.getConclusionId(), row.conclusionNumber(), row.conclusionTitle(),
                row.committee(), directive.meetingDate(), a.getDirectiveId(), row.directiveOrdinal(), row.content(),
                row.unitCode(), row.unitName(), a.getRole(), a.getDeadline(), a.getOriginalDeadline(),
                a.getStatus(), row.timeliness(), a.getProgressPercent(), row.daysLeft(), a.getReport(),
                Dates.local(a.getCreatedAt()), Dates.local(a.getAcknowledgedAt()), Dates.local(a.getReportedAt()),
                Dates.local(a.getCompletedAt()), a.getProcessInstanceId(), history, actions(actor, a));
    }
}
