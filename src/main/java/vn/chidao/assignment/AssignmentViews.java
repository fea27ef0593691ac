package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.calendar.WorkingCalendar;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.AttachmentOwner;
import vn.chidao.document.DocumentService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/** Builds what lists and the task page show of assignments: rows in three queries per page, and the detail. */
@Component
class AssignmentViews {

    private final AssignmentEventRepository events;
    private final ContributionRepository contributions;
    private final ExtensionRequests extensions;
    private final ConclusionService conclusions;
    private final OrganisationService organisation;
    private final WorkingCalendar calendar;
    private final AssignmentAccess access;
    private final ReportingPeriods periods;
    private final DocumentService documents;

    AssignmentViews(AssignmentEventRepository events, ContributionRepository contributions,
                    ExtensionRequests extensions, ConclusionService conclusions,
                    OrganisationService organisation, WorkingCalendar calendar, AssignmentAccess access,
                    ReportingPeriods periods, DocumentService documents) {
        this.documents = documents;
        this.periods = periods;
        this.events = events;
        this.contributions = contributions;
        this.extensions = extensions;
        this.conclusions = conclusions;
        this.organisation = organisation;
        this.calendar = calendar;
        this.access = access;
    }

    List<AssignmentRow> rows(List<Assignment> list) {
        Map<Long, DirectiveInfo> directives = conclusions.directives(list.stream().map(Assignment::getDirectiveId).toList());
        Map<Long, UnitDto> units = organisation.unitsById(list.stream().map(Assignment::getUnitId).toList());
        LocalDate today = access.today();
        Map<Long, Integer> late = periods.latePeriods(list.stream().filter(Assignment::isOngoing)
                .map(Assignment::getId).toList(), today);
        return list.stream().map(a -> row(a, directives.get(a.getDirectiveId()), units.get(a.getUnitId()), today,
                late.get(a.getId()))).toList();
    }

    /** @param overdueReviewOpen whether the leaders' overdue review of this assignment waits in the engine */
    AssignmentDetail detail(Actor actor, Assignment a, boolean overdueReviewOpen) {
        DirectiveInfo directive = conclusions.directives(List.of(a.getDirectiveId())).get(a.getDirectiveId());
        UnitDto unit = organisation.unitsById(List.of(a.getUnitId())).get(a.getUnitId());
        AssignmentRow row = row(a, directive, unit, access.today(), null);
        List<HistoryEntry> history = events.findByAssignmentIdOrderByAtAscIdAsc(a.getId()).stream()
                .map(AssignmentEvent::toEntry).toList();
        List<ExtensionView> requests = extensions.of(a.getId());
        return new AssignmentDetail(a.getId(), a.getConclusionId(), row.conclusionNumber(), row.conclusionTitle(),
                row.committee(), directive.meetingDate(), a.getDirectiveId(), row.directiveOrdinal(), row.content(),
                row.unitCode(), row.unitName(), a.getRole(), a.getDeadline(), a.getOriginalDeadline(),
                a.getStatus(), row.timeliness(), a.getProgressPercent(), row.daysLeft(), a.getReport(),
                Dates.local(a.getCreatedAt()), Dates.local(a.getAcknowledgedAt()),
                Dates.local(a.getReportedAt()), Dates.local(a.getCompletedAt()),
                a.getProcessInstanceId(), history, actions(actor, a, directive, requests, overdueReviewOpen), contributions(a), requests,
                directive.leaderSignOff(), directive.cancelled(), directive.reportEvery(),
                a.getRole() == AssignmentRole.LEAD && a.isOngoing() ? periods.of(a.getId(), access.today()) : List.of(),
                documents.of(AttachmentOwner.ASSIGNMENT, a.getId()), directive.evidenceRequired(),
                directive.indicators());
    }

    private static final String CONTRIBUTED = "CONTRIBUTED";

    /**
     * The lead unit sees every coordinating unit's contribution, and the files sent with it; a coordinating unit sees
     * its own.
     */
    private List<ContributionView> contributions(Assignment a) {
        List<Contribution> found = contributions.findByDirectiveIdOrderByAtAscIdAsc(a.getDirectiveId()).stream()
                .filter(c -> a.getRole() == AssignmentRole.LEAD || c.getUnitId().equals(a.getUnitId())).toList();
        Map<Long, UnitDto> units = organisation.unitsById(found.stream().map(Contribution::getUnitId).toList());
        Map<Long, List<AttachmentInfo>> files = documents.of(AttachmentOwner.ASSIGNMENT,
                found.stream().map(Contribution::getAssignmentId).toList());
        return found.stream().map(c -> {
            UnitDto unit = units.get(c.getUnitId());
            return c.toView(unit.code(), unit.name(), files.getOrDefault(c.getAssignmentId(), List.of()).stream()
                    .filter(f -> CONTRIBUTED.equals(f.step())).toList());
        }).toList();
    }

    private AssignmentRow row(Assignment a, DirectiveInfo d, UnitDto unit, LocalDate today, Integer latePeriod) {
        return new AssignmentRow(a.getId(), a.getConclusionId(), d.conclusionNumber(), d.conclusionTitle(),
                d.committee(), d.id(), d.ordinal(), d.content(), unit.code(), unit.name(), a.getRole(),
                a.getDeadline(), a.getOriginalDeadline(), a.getStatus(), a.timeliness(today),
                a.getProgressPercent(), workingDaysLeft(a, today), latePeriod);
    }

    /** Null when there is nothing left to count: ongoing, closed, or reported in time and now someone else's turn. */
    private Long workingDaysLeft(Assignment a, LocalDate today) {
        if (a.getDeadline() == null || !a.getStatus().isOpen()
                || a.bucket().standing() == AssignmentBucket.Standing.REPORTED_IN_TIME) {
            return null;
        }
        return (long) calendar.workingDaysBetween(today, a.getDeadline());
    }

    private static Set<AssignmentAction> actions(Actor actor, Assignment a, DirectiveInfo directive,
                                                 List<ExtensionView> requests, boolean overdueReviewOpen) {
        Set<AssignmentAction> actions = EnumSet.noneOf(AssignmentAction.class);
        boolean ownGovernment = a.getGovernmentId().equals(actor.governmentId());
        boolean focalPoint = actor.has(Role.FOCAL_POINT) && a.getUnitId().equals(actor.unitId());
        boolean lead = a.getRole() == AssignmentRole.LEAD;
        boolean pending = requests.stream().anyMatch(r -> r.status() == ExtensionStatus.PENDING);
        switch (a.getStatus()) {
            case ASSIGNED -> {
                if (focalPoint) {
                    actions.add(AssignmentAction.ACKNOWLEDGE);
                }
            }
            case IN_PROGRESS -> {
                if (focalPoint) {
                    actions.add(AssignmentAction.PROGRESS);
                    actions.add(lead ? AssignmentAction.REPORT : AssignmentAction.CONTRIBUTE);
                }
            }
            case AWAITING_REVIEW -> {
                if (actor.has(Role.SECRETARIAT) && ownGovernment) {
                    actions.add(AssignmentAction.REVIEW);
                }
            }
            case AWAITING_SIGN_OFF -> {
                if (actor.has(Role.LEADER) && ownGovernment) {
                    actions.add(AssignmentAction.SIGN_OFF);
                }
            }
            default -> {
            }
        }
        if (a.getStatus().isOpen() && a.getDeadline() != null) {
            if (focalPoint && !pending && a.isChased()) {
                actions.add(AssignmentAction.REQUEST_EXTENSION);
            }
            Role decider = directive.leaderSignOff() ? Role.LEADER : Role.SECRETARIAT;
            if (pending && actor.has(decider) && ownGovernment) {
                actions.add(AssignmentAction.DECIDE_EXTENSION);
            }
        }
        boolean secretariat = actor.has(Role.SECRETARIAT) && ownGovernment;
        if (secretariat && a.getStatus().isOpen() && !directive.cancelled() && !directive.closed()) {
            actions.add(AssignmentAction.CANCEL_DIRECTIVE);
            if (directive.ongoing()) {
                actions.add(AssignmentAction.CLOSE_DIRECTIVE);
            }
        }
        if (overdueReviewOpen && AssignmentAccess.isOverdueReviewer(actor, a, directive)) {
            actions.add(AssignmentAction.OVERDUE_REVIEW);
        }
        return actions;
    }
}
