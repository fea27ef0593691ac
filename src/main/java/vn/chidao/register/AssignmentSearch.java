package vn.chidao.register;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentAccess;
import vn.chidao.assignment.AssignmentSpecs;
import vn.chidao.base.Actor;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Role;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveSearch;
import vn.chidao.indicator.IndicatorService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * Turns a register filter into the query of the assignments the caller may see: the whole government for the
 * secretariat, leaders and admins, their own unit for unit roles. The list, the counts and the export share it,
 * so they always agree.
 */
@Component
class AssignmentSearch {

    static final int MAX_TEXT = 200;

    private final ConclusionService conclusions;
    private final DirectiveSearch directives;
    private final OrganisationService organisation;
    private final AssignmentAccess access;
    private final IndicatorService indicators;

    AssignmentSearch(ConclusionService conclusions, DirectiveSearch directives, OrganisationService organisation,
                     AssignmentAccess access, IndicatorService indicators) {
        this.indicators = indicators;
        this.conclusions = conclusions;
        this.directives = directives;
        this.organisation = organisation;
        this.access = access;
    }

    /** 403 for a unit role asking for another unit, 400 for an unknown unit or committee or a reversed range. */
    Specification<Assignment> of(Actor actor, AssignmentFilter filter) {
        Specification<Assignment> spec = visibleTo(actor, filter.unitCode());
        if (filter.status() != null) {
            spec = spec.and(AssignmentSpecs.withStatus(filter.status()));
        }
        if (!filter.timeliness().isEmpty()) {
            LocalDate today = access.today();
            spec = spec.and(filter.timeliness().stream().map(t -> AssignmentSpecs.withTimeliness(t, today))
                    .reduce(Specification::or).orElseThrow());
        }
        if (filter.committee() != null) {
            spec = spec.and(AssignmentSpecs.ofCommittee(conclusions.committee(actor, filter.committee(), "committee").id()));
        }
        if (filter.deadlineFrom() != null || filter.deadlineTo() != null) {
            if (filter.deadlineFrom() != null && filter.deadlineTo() != null
                    && filter.deadlineTo().isBefore(filter.deadlineFrom())) {
                throw InvalidInputException.of("deadlineTo", "error.register.toBeforeFrom");
            }
            spec = spec.and(AssignmentSpecs.deadlineWithin(filter.deadlineFrom(), filter.deadlineTo()));
        }
        if (filter.conclusionId() != null) {
            spec = spec.and(AssignmentSpecs.ofConclusion(filter.conclusionId()));
        }
        if (filter.unitKind() != null) {
            List<Long> units = organisation.unitsOf(actor.governmentId()).stream()
                    .filter(u -> u.kind() == filter.unitKind()).map(UnitDto::id).toList();
            spec = spec.and(AssignmentSpecs.ofUnits(units));
        }
        if (filter.text() != null) {
            if (filter.text().length() > MAX_TEXT) {
                throw InvalidInputException.of("text", "error.register.textLength", MAX_TEXT);
            }
            spec = spec.and(AssignmentSpecs.ofDirectives(directives.idsMatching(actor.governmentId(), filter.text())));
        }
        if (filter.indicator() != null) {
            if (!indicators.unknown(List.of(filter.indicator())).isEmpty()) {
                throw InvalidInputException.of("indicator", "error.indicator.unknown", filter.indicator());
            }
            spec = spec.and(AssignmentSpecs.ofDirectives(directives.idsTagged(actor.governmentId(), filter.indicator())));
        }
        return spec;
    }

    /** Whether the caller reads the whole government (otherwise their own unit only). */
    static boolean seesWholeGovernment(Actor actor) {
        return actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN);
    }

    private Specification<Assignment> visibleTo(Actor actor, String unitCode) {
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
        Specification<Assignment> spec = AssignmentSpecs.inGovernment(actor.governmentId());
        if (!seesWholeGovernment(actor)) {
            actor.require(Role.UNIT_HEAD, Role.FOCAL_POINT);
            if (unitCode != null && !unitCode.equalsIgnoreCase(actor.unitCode())) {
                throw new ForbiddenException("error.unit");
            }
            return spec.and(AssignmentSpecs.ofUnit(actor.unitId()));
        }
        if (unitCode != null) {
            UnitDto unit = organisation.findUnit(actor.governmentId(), unitCode)
                    .orElseThrow(() -> InvalidInputException.of("unit", "error.unit.unknown", unitCode));
            spec = spec.and(AssignmentSpecs.ofUnit(unit.id()));
        }
        return spec;
    }
}
