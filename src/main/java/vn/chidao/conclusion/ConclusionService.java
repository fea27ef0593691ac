package vn.chidao.conclusion;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import vn.chidao.document.AttachmentOwner;
import vn.chidao.document.DocumentService;
import vn.chidao.indicator.IndicatorService;
import vn.chidao.organisation.NoticeSymbol;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.security.UserService;

/**
 * Drafting, submitting, approving and rejecting conclusion notices. The secretariat drafts and submits;
 * a leader of the same government approves (the engine then issues it and starts one assignment process
 * per unit) or rejects it back to draft.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ConclusionService {

    /** The longest comment a leader may return a draft with (the notice's history keeps 4,000 characters). */
    static final int MAX_COMMENT = 4000;
    /** The length of a directive's cancel reason (its column). */
    static final int MAX_CANCEL_REASON = 2000;

    private final ConclusionRepository conclusions;
    private final CommitteeRepository committees;
    private final DirectiveRepository directives;
    private final ConclusionEventRepository events;
    private final OrganisationService organisation;
    private final DirectiveAssignments assignments;
    private final EngineActions engine;
    private final UserService users;
    private final AppClock clock;
    private final NoticeSeries series;

    private final DocumentService documents;
    private final IndicatorService indicators;

    ConclusionService(ConclusionRepository conclusions, CommitteeRepository committees,
                      DirectiveRepository directives, ConclusionEventRepository events,
                      OrganisationService organisation, DirectiveAssignments assignments, EngineActions engine,
                      UserService users, AppClock clock, NoticeSeries series, DocumentService documents,
                      IndicatorService indicators) {
        this.indicators = indicators;
        this.documents = documents;
        this.series = series;
        this.users = users;
        this.conclusions = conclusions;
        this.committees = committees;
        this.directives = directives;
        this.events = events;
        this.organisation = organisation;
        this.assignments = assignments;
        this.engine = engine;
        this.clock = clock;
    }

    @Transactional
    public ConclusionDetail create(Actor actor, @Valid ConclusionDraft draft) {
        actor.require(Role.SECRETARIAT);
        Conclusion conclusion = new Conclusion(actor.governmentId(), actor.username(), clock.instant());
        fill(conclusion, draft);
        conclusions.save(conclusion);
        record(conclusion, actor, "CREATED", null);
        return detail(actor, conclusion);
    }

    /**
     * Replaces a draft's content; only drafts change. The history says so only when something changed: saving an
     * unchanged draft (the editor saves before it submits) adds no line.
     */
    @Transactional
    public ConclusionDetail update(Actor actor, long id, @Valid ConclusionDraft draft) {
        actor.require(Role.SECRETARIAT);
        Conclusion conclusion = lock(actor, id);
        requireStatus(conclusion, ConclusionStatus.DRAFT);
        DraftContent before = DraftContent.of(conclusion);
        fill(conclusion, draft);
        if (!DraftContent.of(conclusion).equals(before)) {
            record(conclusion, actor, "UPDATED", null);
        }
        return detail(actor, conclusion);
    }

    /** Sends a draft to the leaders: starts its process, or resumes it after a rejection. */
    @Transactional
    public ConclusionDetail submit(Actor actor, long id) {
        actor.require(Role.SECRETARIAT);
        Conclusion conclusion = lock(actor, id);
        requireStatus(conclusion, ConclusionStatus.DRAFT);
        requireUnitsExist(conclusion);
        record(conclusion, actor, "SUBMITTED", null);
        if (conclusion.getProcessInstanceId() == null) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(ConclusionIssuanceProcess.VAR_CONCLUSION_ID, conclusion.getId());
            variables.put(ConclusionIssuanceProcess.VAR_GOVERNMENT_ID, conclusion.getGovernmentId());
            ProcessInstance instance = engine.start(actor, ConclusionIssuanceProcess.KEY, conclusion.getId(), variables);
            conclusion.attachProcess(instance.getId());
        } else {
            engine.complete(actor, conclusion.getProcessInstanceId(), ConclusionIssuanceProcess.TASK_REVISE, Map.of());
        }
        return detail(actor, conclusion);
    }

    /**
     * A leader approves: the engine stamps the number and date and starts every assignment process, all in
     * this transaction. {@code number} may be null for the proposed one ({@link ConclusionDetail#proposedNumber()}):
     * the number read from the notice when the draft has one, else the next of the office's series; 409 when the
     * number is taken in its government and year (the year of the issue date: the notice's own, else today's).
     */
    @Transactional
    public ConclusionDetail approve(Actor actor, long id, String number) {
        actor.require(Role.LEADER);
        NoticeNumber.requireWellFormed(number);
        String wanted = StringUtils.trimToNull(number);
        Conclusion conclusion = lock(actor, id);
        requireStatus(conclusion, ConclusionStatus.AWAITING_APPROVAL);
        requireUnitsExist(conclusion);
        String used = wanted != null ? wanted : conclusion.getProposedNumber();
        if (used != null) {
            series.requireFree(conclusion.getGovernmentId(), issueDate(conclusion).getYear(), used);
        }
        record(conclusion, actor, "APPROVED", wanted);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ConclusionIssuanceProcess.VAR_APPROVED, true);
        variables.put(ConclusionIssuanceProcess.VAR_NUMBER, wanted);
        engine.complete(actor, conclusion.getProcessInstanceId(), ConclusionIssuanceProcess.TASK_APPROVE, variables);
        return detail(actor, conclusion);
    }

    /** A leader sends the draft back to the secretariat with a comment saying what to change. */
    @Transactional
    public ConclusionDetail reject(Actor actor, long id, String comment) {
        actor.require(Role.LEADER);
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "error.required");
        }
        if (comment.length() > MAX_COMMENT) { // as typed: trimming would hide control characters
            throw InvalidInputException.of("comment", "error.textLength", MAX_COMMENT);
        }
        Conclusion conclusion = lock(actor, id);
        requireStatus(conclusion, ConclusionStatus.AWAITING_APPROVAL);
        record(conclusion, actor, "REJECTED", comment.trim());
        engine.complete(actor, conclusion.getProcessInstanceId(), ConclusionIssuanceProcess.TASK_APPROVE,
                Map.of(ConclusionIssuanceProcess.VAR_APPROVED, false,
                        ConclusionIssuanceProcess.VAR_COMMENT, comment.trim()));
        return detail(actor, conclusion);
    }

    public ConclusionDetail get(Actor actor, long id) {
        Conclusion conclusion = conclusions.findById(id)
                .orElseThrow(() -> new NotFoundException("error.conclusion.notFound", id));
        checkReader(actor, conclusion);
        return detail(actor, conclusion);
    }

    /**
     * The conclusions of the caller's government, for the secretariat, the leaders and its admins; 403 for the
     * installation's admin, who has no government (as the register and the dashboard answer).
     */
    public Page<ConclusionSummary> page(Actor actor, ConclusionFilter filter, Pageable pageable) {
        actor.require(Role.SECRETARIAT, Role.LEADER, Role.ADMIN);
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
        Specification<Conclusion> spec = (root, query, cb) -> cb.equal(root.get("governmentId"), actor.governmentId());
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().trim().toLowerCase() + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("title")), like),
                    cb.like(cb.lower(root.get("number")), like)));
        }
        Page<Conclusion> page = conclusions.findAll(spec, pageable);
        Map<Long, Long> counts = directiveCounts(page.map(Conclusion::getId).getContent());
        return page.map(c -> summary(c, counts.getOrDefault(c.getId(), 0L).intValue()));
    }

    /** Names of the caller's government's committees, for the editor's picker. */
    public List<String> committees(Actor actor) {
        if (actor.governmentId() == null) {
            return List.of();
        }
        return committees.findByGovernmentIdOrderByName(actor.governmentId()).stream().map(Committee::getName).toList();
    }

    /** The caller's government's committees with their ids and chairs (for filters and the dashboard). */
    public List<CommitteeDto> committeeList(Actor actor) {
        if (actor.governmentId() == null) {
            return List.of();
        }
        return committees.findByGovernmentIdOrderByName(actor.governmentId()).stream().map(Committee::toDto).toList();
    }

    /**
     * The secretariat or an ADMIN of the committee's government sets the symbol of the notices the committee
     * issues itself; empty: the government's office issues them. The committee then numbers in its own series.
     */
    @Transactional
    public CommitteeDto changeCommittee(Actor actor, long id, @Valid CommitteeChange change) {
        actor.require(Role.SECRETARIAT, Role.ADMIN);
        Committee committee = committees.findById(id).filter(c -> actor.sees(c.getGovernmentId()))
                .orElseThrow(() -> new NotFoundException("error.committee.notFound", String.valueOf(id)));
        committee.setNoticeSymbol(NoticeSymbol.trimToNull(change.noticeSymbol()));
        return committee.toDto();
    }

    /**
     * A committee of the caller's government by id or by name (case-insensitive); 400 on the named field when
     * there is none.
     */
    public CommitteeDto committee(Actor actor, String idOrName, String field) {
        String wanted = idOrName.trim();
        return committeeList(actor).stream()
                .filter(c -> String.valueOf(c.id()).equals(wanted) || c.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "error.committee.unknown", wanted));
    }

    /** Conclusions by the process instance that carries them (for the inbox). */
    public Map<String, ConclusionSummary> byProcessInstanceIds(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Conclusion> found = conclusions.findByProcessInstanceIdIn(processInstanceIds);
        Map<Long, Long> counts = directiveCounts(found.stream().map(Conclusion::getId).toList());
        return found.stream().collect(Collectors.toMap(Conclusion::getProcessInstanceId,
                c -> summary(c, counts.getOrDefault(c.getId(), 0L).intValue())));
    }

    public List<DirectiveInfo> directivesOf(long conclusionId) {
        return directives.findByConclusion(conclusionId).stream().map(ConclusionService::info).toList();
    }

    public Map<Long, DirectiveInfo> directives(Collection<Long> directiveIds) {
        if (directiveIds.isEmpty()) {
            return Map.of();
        }
        return directives.findAllWithConclusion(directiveIds).stream().map(ConclusionService::info)
                .collect(Collectors.toMap(DirectiveInfo::id, Function.identity()));
    }

    /**
     * The secretariat cancels one directive of an issued conclusion, with a reason; its history stays. The
     * assignment feature ends the directive's processes in the same transaction.
     */
    @Transactional
    public DirectiveInfo cancelDirective(Actor actor, long directiveId, String reason) {
        actor.require(Role.SECRETARIAT);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "error.required");
        }
        if (reason.length() > MAX_CANCEL_REASON) {
            throw InvalidInputException.of("reason", "error.textLength", MAX_CANCEL_REASON);
        }
        Directive directive = directives.findById(directiveId)
                .filter(d -> actor.sees(d.getConclusion().getGovernmentId()))
                .orElseThrow(() -> new NotFoundException("error.directive.notFound", directiveId));
        Conclusion conclusion = lock(actor, directive.getConclusion().getId());
        requireStatus(conclusion, ConclusionStatus.ISSUED);
        if (directive.isCancelled() || directive.isClosed()) {
            throw new ConflictException(directive.isCancelled() ? "error.directive.cancelled" : "error.directive.closed");
        }
        directive.cancel(clock.instant(), reason.trim());
        record(conclusion, actor, "DIRECTIVE_CANCELLED", directive.getOrdinal() + ". " + reason.trim());
        return info(directive);
    }

    /**
     * The secretariat closes an ongoing directive (thường xuyên): its lead unit stops reporting. The assignment
     * feature ends the directive's processes in the same transaction.
     */
    @Transactional
    public DirectiveInfo closeDirective(Actor actor, long directiveId, String comment) {
        actor.require(Role.SECRETARIAT);
        Directive directive = directives.findById(directiveId)
                .filter(d -> actor.sees(d.getConclusion().getGovernmentId()))
                .orElseThrow(() -> new NotFoundException("error.directive.notFound", directiveId));
        Conclusion conclusion = lock(actor, directive.getConclusion().getId());
        requireStatus(conclusion, ConclusionStatus.ISSUED);
        if (!directive.isOngoing()) {
            throw new ConflictException("error.directive.notOngoing");
        }
        if (directive.isCancelled() || directive.isClosed()) {
            throw new ConflictException(directive.isCancelled() ? "error.directive.cancelled" : "error.directive.closed");
        }
        String text = StringUtils.trimToNull(comment);
        directive.close(clock.instant(), text);
        record(conclusion, actor, "DIRECTIVE_CLOSED", directive.getOrdinal() + "." + (text == null ? "" : " " + text));
        return info(directive);
    }

    /**
     * Called by the engine when a leader approved: stamps the number (the requested one, else the one read from the
     * notice, else the next of the office's series) and the issue date ({@link #issueDate}). The government's row
     * stays locked until the transaction ends, so two approvals in one government number one after the other and
     * the second sees the first one's number.
     */
    @Transactional
    void issue(long conclusionId, String requestedNumber) {
        Conclusion conclusion = conclusions.lockById(conclusionId)
                .orElseThrow(() -> new NotFoundException("error.conclusion.notFound", conclusionId));
        organisation.lockGovernment(conclusion.getGovernmentId());
        LocalDate issued = issueDate(conclusion);
        String number = requestedNumber != null ? requestedNumber : proposedNumber(conclusion, issued);
        series.requireFree(conclusion.getGovernmentId(), issued.getYear(), number);
        conclusion.issue(number, issued.getYear(),
                NoticeNumber.parse(number).map(NoticeNumber::sequence).orElse(null), issued);
    }

    /**
     * The day a conclusion is issued on: the date its notice carries when the draft was read from a signed notice
     * (checked on saving: not after that day, not before the meeting), else today. A date still ahead of the clock
     * is never stamped: today then.
     */
    private LocalDate issueDate(Conclusion conclusion) {
        LocalDate today = LocalDate.now(clock);
        LocalDate read = conclusion.getProposedIssuedDate();
        return read != null && !read.isAfter(today) ? read : today;
    }

    /** The number approval gives when the leader gives none: the notice's own, else the next of the series. */
    private String proposedNumber(Conclusion conclusion, LocalDate issued) {
        return conclusion.getProposedNumber() != null ? conclusion.getProposedNumber()
                : series.propose(conclusion, issued.getYear()).toString();
    }

    /** Called by the engine as the process enters an activity that changes the status. */
    @Transactional
    void markStatus(long conclusionId, ConclusionStatus status) {
        conclusions.findById(conclusionId).ifPresent(c -> c.setStatus(status));
    }

    /**
     * A draft written before one of its units ended gives it no work: 400 on the directive's unit, so the draft goes
     * back to be changed rather than issued to a unit that no longer exists.
     */
    private void requireUnitsExist(Conclusion conclusion) {
        List<Directive> directives = conclusion.getDirectives();
        List<Long> ids = new ArrayList<>();
        directives.forEach(d -> {
            ids.add(d.getLeadUnitId());
            ids.addAll(d.getCoordinatingUnitIds());
        });
        Map<Long, UnitDto> units = organisation.unitsById(ids);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            UnitDto lead = units.get(d.getLeadUnitId());
            if (lead != null && lead.isEnded()) {
                errors.add("directives[" + i + "].leadUnit", "error.unit.ended", lead.code());
            }
            for (Long id : d.getCoordinatingUnitIds()) {
                UnitDto unit = units.get(id);
                if (unit != null && unit.isEnded()) {
                    errors.add("directives[" + i + "].coordinatingUnits", "error.unit.ended", unit.code());
                }
            }
        }
        errors.throwIfAny();
    }

    private void fill(Conclusion conclusion, ConclusionDraft draft) {
        List<Directive> into = new ArrayList<>();
        long governmentId = conclusion.getGovernmentId();
        Map<String, UnitDto> units = organisation.unitsOf(governmentId).stream()
                .collect(Collectors.toMap(u -> u.code().toUpperCase(), Function.identity()));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        for (int i = 0; i < draft.directives().size(); i++) {
            DirectiveDraft d = draft.directives().get(i);
            String at = "directives[" + i + "].";
            UnitDto lead = units.get(d.leadUnit().trim().toUpperCase());
            if (lead == null) {
                errors.add(at + "leadUnit", "error.unit.unknown", d.leadUnit());
            } else if (lead.isEnded()) {
                errors.add(at + "leadUnit", "error.unit.ended", lead.code());
            }
            LinkedHashSet<Long> coordinators = new LinkedHashSet<>();
            for (String code : d.coordinatingUnits()) {
                UnitDto unit = code == null ? null : units.get(code.trim().toUpperCase());
                if (unit == null) {
                    errors.add(at + "coordinatingUnits", "error.unit.unknown", code);
                } else if (unit.isEnded()) {
                    errors.add(at + "coordinatingUnits", "error.unit.ended", unit.code());
                } else if (lead != null && unit.id() == lead.id()) {
                    errors.add(at + "coordinatingUnits", "error.directive.leadCoordinates", unit.code());
                } else {
                    coordinators.add(unit.id());
                }
            }
            checkDeadline(d, draft.meetingDate(), at, errors);
            List<String> unknownIndicators = indicators.unknown(d.indicators());
            unknownIndicators.forEach(code -> errors.add(at + "indicators", "error.indicator.unknown", code));
            if (lead != null) {
                Directive directive = new Directive(conclusion, i + 1, d.content().trim(), d.deadline(),
                        d.deadlineWorkingDays(), d.ongoing(), d.leaderSignOff(), d.reminderDaysOrDefault(),
                        reportEvery(d), lead.id(), List.copyOf(coordinators), d.evidenceRequired());
                if (unknownIndicators.isEmpty()) {
                    directive.tag(d.indicators().stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList());
                }
                into.add(directive);
            }
        }
        String chair = StringUtils.trimToNull(draft.committeeChair());
        if (chair != null && !users.usernamesWithRole(governmentId, Role.LEADER).contains(chair.toLowerCase())) {
            errors.add("committeeChair", "error.committee.chairNotLeader", chair);
        }
        NoticeNumber.check(draft.number(), errors);
        checkIssuedDate(draft, errors);
        errors.throwIfAny();
        Committee committee = committees.findByGovernmentIdAndNameIgnoreCase(governmentId, draft.committee().trim())
                .orElseGet(() -> committees.save(new Committee(governmentId, draft.committee().trim())));
        if (chair != null) {
            committee.setChairUsername(chair.toLowerCase());
        }
        conclusion.describe(committee, draft.title().trim(), draft.meetingDate());
        conclusion.replaceDirectives(into);
        conclusion.proposeNumber(StringUtils.trimToNull(draft.number()), draft.issuedDate());
    }

    /** A notice's issue date is neither ahead of today nor before its meeting. */
    private void checkIssuedDate(ConclusionDraft draft, InvalidInputException.Collector errors) {
        LocalDate issued = draft.issuedDate();
        if (issued == null) {
            return;
        }
        if (issued.isAfter(LocalDate.now(clock))) {
            errors.add("issuedDate", "error.conclusion.issuedInFuture");
        } else if (issued.isBefore(draft.meetingDate())) {
            errors.add("issuedDate", "error.conclusion.issuedBeforeMeeting", Dates.format(draft.meetingDate()));
        }
    }

    /** Exactly one of: a date (not before the meeting), a number of working days, or ongoing. */
    private static void checkDeadline(DirectiveDraft d, LocalDate meetingDate, String at,
                                      InvalidInputException.Collector errors) {
        boolean date = d.deadline() != null;
        boolean workingDays = d.deadlineWorkingDays() != null;
        if (d.ongoing() && (date || workingDays)) {
            errors.add(at + (date ? "deadline" : "deadlineWorkingDays"), "error.directive.ongoingWithDeadline");
        } else if (date && workingDays) {
            errors.add(at + "deadlineWorkingDays", "error.directive.twoDeadlines");
        } else if (!d.ongoing() && !date && !workingDays) {
            errors.add(at + "deadline", "error.directive.deadlineRequired");
        } else if (date && d.deadline().isBefore(meetingDate)) {
            errors.add(at + "deadline", "error.directive.deadlineBeforeMeeting", Dates.format(meetingDate));
        }
        if (d.reportEvery() != null && !d.reportEvery().isBlank()) {
            if (!d.ongoing()) {
                errors.add(at + "reportEvery", "error.directive.reportEveryNotOngoing");
            } else if (DirectiveDraft.reportPeriod(d.reportEvery()) == null) {
                errors.add(at + "reportEvery", "error.directive.reportEvery");
            }
        }
    }

    private static String reportEvery(DirectiveDraft d) {
        if (!d.ongoing()) {
            return null;
        }
        if (d.reportEvery() == null || d.reportEvery().isBlank()) {
            return DirectiveDraft.DEFAULT_REPORT_EVERY;
        }
        Period period = DirectiveDraft.reportPeriod(d.reportEvery());
        return period == null ? null : period.toString();
    }


    private Conclusion lock(Actor actor, long id) {
        Conclusion conclusion = conclusions.lockById(id)
                .orElseThrow(() -> new NotFoundException("error.conclusion.notFound", id));
        if (!actor.sees(conclusion.getGovernmentId())) {
            throw new NotFoundException("error.conclusion.notFound", id);
        }
        return conclusion;
    }

    private static void requireStatus(Conclusion conclusion, ConclusionStatus wanted) {
        if (conclusion.getStatus() != wanted) {
            throw new ConflictException("error.conclusion.status", conclusion.getStatus(), wanted);
        }
    }

    /**
     * Secretariat, leaders and admins read every conclusion of their government; units read issued ones (the notice
     * is the whole government's; what each unit did of it is not, see {@link DirectiveAssignments}). Anything else
     * is answered as unknown (404).
     */
    static void checkReader(Actor actor, Conclusion conclusion) {
        boolean reads = actor.sees(conclusion.getGovernmentId())
                && (actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN)
                || actor.hasAny(Role.UNIT_HEAD, Role.FOCAL_POINT) && conclusion.getStatus() == ConclusionStatus.ISSUED);
        if (!reads) {
            throw new NotFoundException("error.conclusion.notFound", conclusion.getId());
        }
    }

    private void record(Conclusion conclusion, Actor actor, String action, String comment) {
        events.save(new ConclusionEvent(conclusion.getId(), clock.instant(), actor.username(), action, comment));
    }

    private ConclusionDetail detail(Actor actor, Conclusion conclusion) {
        List<Directive> list = conclusion.getDirectives();
        List<Long> unitIds = new ArrayList<>();
        list.forEach(d -> {
            unitIds.add(d.getLeadUnitId());
            unitIds.addAll(d.getCoordinatingUnitIds());
        });
        Map<Long, UnitDto> units = organisation.unitsById(unitIds);
        Map<Long, List<AssignmentSummary>> byDirective = conclusion.getStatus() == ConclusionStatus.ISSUED
                ? assignments.ofConclusion(actor, conclusion.getId()).stream()
                        .collect(Collectors.groupingBy(AssignmentSummary::directiveId))
                : Map.of();
        List<ConclusionDetail.DirectiveDetail> details = list.stream()
                .map(d -> new ConclusionDetail.DirectiveDetail(d.getId(), d.getOrdinal(), d.getContent(),
                        units.get(d.getLeadUnitId()).code(),
                        d.getCoordinatingUnitIds().stream().map(u -> units.get(u).code()).toList(),
                        d.getDeadline(), d.isOngoing(), d.isLeaderSignOff(),
                        byDirective.getOrDefault(d.getId(), List.of()), d.getDeadlineWorkingDays(),
                        d.getReminderDays(), d.isCancelled(), d.getCancelReason(), d.getReportEvery(),
                        d.isClosed(), d.isEvidenceRequired(), d.getIndicatorCodes()))
                .toList();
        List<HistoryEntry> history = events.findByConclusionIdOrderByAtAscIdAsc(conclusion.getId()).stream()
                .map(ConclusionEvent::toEntry).toList();
        String proposed = conclusion.getStatus() == ConclusionStatus.AWAITING_APPROVAL
                ? proposedNumber(conclusion, issueDate(conclusion)) : null;
        return new ConclusionDetail(conclusion.getId(), conclusion.getCommittee().getName(),
                conclusion.getMeetingDate(), conclusion.getTitle(), conclusion.getNumber(),
                conclusion.getIssuedDate(), conclusion.getStatus(), conclusion.getCreatedBy(), details, history,
                conclusion.getCommittee().getChairUsername(), proposed,
                documents.of(AttachmentOwner.CONCLUSION, conclusion.getId()), conclusion.getProposedNumber(),
                conclusion.getProposedIssuedDate(),
                organisation.government(conclusion.getIssuerGovernmentId()).name());
    }

    private Map<Long, Long> directiveCounts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return conclusions.countDirectives(ids).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private static ConclusionSummary summary(Conclusion c, int directiveCount) {
        return new ConclusionSummary(c.getId(), c.getCommittee().getName(), c.getTitle(), c.getMeetingDate(),
                c.getNumber(), c.getIssuedDate(), c.getStatus(), directiveCount, c.getCreatedBy(),
                c.getProcessInstanceId());
    }

    private static DirectiveInfo info(Directive d) {
        Conclusion c = d.getConclusion();
        return new DirectiveInfo(d.getId(), c.getId(), c.getGovernmentId(), d.getOrdinal(), d.getContent(),
                d.getDeadline(), d.isOngoing(), d.isLeaderSignOff(), d.getLeadUnitId(),
                List.copyOf(d.getCoordinatingUnitIds()), c.getNumber(), c.getTitle(), c.getCommittee().getName(),
                c.getMeetingDate(), d.getDeadlineWorkingDays(), d.getReminderDays(), c.getIssuedDate(), d.isCancelled(),
                c.getCommittee().getChairUsername(), d.getReportEvery(), d.isClosed(), c.getCommittee().getId(),
                d.isEvidenceRequired(), d.getIndicatorCodes());
    }
}
