package vn.chidao.assignment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.AssignmentSummary;
import vn.chidao.conclusion.DirectiveAssignments;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/** Tells the conclusion feature how each unit stands on its directives. */
@Component
@Transactional(readOnly = true)
class DirectiveAssignmentsAdapter implements DirectiveAssignments {

    private static final Comparator<Assignment> LEAD_FIRST = Comparator.comparing(Assignment::getDirectiveId)
            .thenComparing(Assignment::getRole).thenComparing(Assignment::getId);

    private final AssignmentRepository assignments;
    private final OrganisationService organisation;
    private final AppClock clock;

    DirectiveAssignmentsAdapter(AssignmentRepository assignments, OrganisationService organisation, AppClock clock) {
        this.assignments = assignments;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Secretariat, leaders and admins see every unit; unit roles see their own unit's assignments. */
    @Override
    public List<AssignmentSummary> ofConclusion(Actor actor, long conclusionId) {
        List<Assignment> found = assignments.findByConclusionId(conclusionId).stream()
                .sorted(LEAD_FIRST).toList();
        if (!actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN)) {
            found = found.stream().filter(a -> a.getUnitId().equals(actor.unitId())).toList();
        }
        Map<Long, UnitDto> units = organisation.unitsById(found.stream().map(Assignment::getUnitId).toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(a -> new AssignmentSummary(a.getId(), a.getDirectiveId(),
                units.get(a.getUnitId()).code(), a.getRole().name(), a.getDeadline(), a.getOriginalDeadline(),
                a.getStatus().name(), a.timeliness(today).name())).toList();
    }
}
