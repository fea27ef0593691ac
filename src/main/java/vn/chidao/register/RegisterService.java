package vn.chidao.register;

import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentQueries;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentSpecs;
import vn.chidao.base.Actor;
import vn.chidao.base.sheet.Spreadsheet;
import vn.chidao.organisation.UnitDto;

/**
 * The register (sổ theo dõi): the assignments the caller may see (the whole government, or their own unit's for
 * unit roles) that match a filter, listed, counted and exported; and the secretariat's moving of open assignments
 * to another unit. The list, the counts and the export build one query from the filter ({@link AssignmentSearch}),
 * so they always agree.
 */
@Service
@Transactional(readOnly = true)
public class RegisterService {

    private final AssignmentQueries assignments;
    private final AssignmentSearch search;
    private final RegisterExport export;
    private final Reassignment reassignment;

    RegisterService(AssignmentQueries assignments, AssignmentSearch search, RegisterExport export,
                    Reassignment reassignment) {
        this.assignments = assignments;
        this.search = search;
        this.export = export;
        this.reassignment = reassignment;
    }

    /** The assignments the caller may see that match the filter. */
    public Page<AssignmentRow> page(Actor actor, AssignmentFilter filter, Pageable pageable) {
        return assignments.page(search.of(actor, filter), pageable);
    }

    /**
     * The register's filter as an xlsx file (one row per directive), for whoever may read the register, with
     * the same rows; texts in {@code locale}. The caller writes it out and closes it.
     */
    public Spreadsheet export(Actor actor, AssignmentFilter filter, Locale locale) {
        return export.build(actor, filter, locale);
    }

    /**
     * The ids of the open assignments that match the filter (at most {@value Reassignment#MAX_IDS}, the oldest
     * first): a reassignment limited to the register's filter.
     */
    public List<Long> openIds(Actor actor, AssignmentFilter filter) {
        return assignments.ids(search.of(actor, filter).and(AssignmentSpecs.open()), Reassignment.MAX_IDS);
    }

    /** How many assignments match the filter (the register's total for it). */
    public long count(Actor actor, AssignmentFilter filter) {
        return assignments.count(search.of(actor, filter));
    }

    /** How many open assignments match the filter. */
    public long countOpen(Actor actor, AssignmentFilter filter) {
        return assignments.count(search.of(actor, filter).and(AssignmentSpecs.open()));
    }

    /**
     * The secretariat moves open assignments of one unit to another unit of its government ({@link Reassignment}):
     * 400 without a reason or with unknown units, 403 for anyone else; a single assignment that cannot move is
     * 409 (404 when unknown), several are moved or reported as skipped.
     */
    @Transactional
    public ReassignResult reassign(Actor actor, ReassignInput input) {
        return reassignment.run(actor, input);
    }

    /**
     * The open assignments of a unit (at most {@value Reassignment#MAX_IDS}), nearest deadline first, for the
     * reorganisation that ends it; the caller has checked its right over the unit.
     */
    public List<AssignmentRow> openOfUnit(UnitDto unit) {
        Specification<Assignment> spec = AssignmentSpecs.inGovernment(unit.governmentId())
                .and(AssignmentSpecs.ofUnit(unit.id())).and(AssignmentSpecs.open());
        return assignments.page(spec, PageRequest.of(0, Reassignment.MAX_IDS, RegisterController.REGISTER_ORDER))
                .getContent();
    }

    /**
     * A reorganisation hands open assignments of a unit that ends over to a successor ({@link Reassignment}): the
     * same move as {@link #reassign}, all of them or (409) none; the caller has checked its rights and the units.
     */
    @Transactional
    public List<Long> handOver(Actor actor, UnitDto from, UnitDto to, List<Long> assignmentIds, String reason) {
        return reassignment.handOver(actor, from, to, assignmentIds, reason);
    }
}
