package vn.chidao.assignment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import vn.chidao.base.HistoryEntry;

/**
 * Assignments read by a query another feature builds from {@link AssignmentSpecs} (the register's list, counts,
 * export and reassignment), without that feature reaching into the repository. Runs in the caller's transaction.
 */
@Component
public class AssignmentQueries {

    private static final Collection<AssignmentStatus> CLOSED = EnumSet.of(AssignmentStatus.DONE,
            AssignmentStatus.CANCELLED);

    /** One assignment of a directive: its id and the directive's. */
    public record Part(long id, long directiveId) {
    }

    /** One unit given a directive, and its role there. */
    public record DirectiveUnit(long directiveId, long unitId, AssignmentRole role) {
    }

    private final AssignmentRepository assignments;
    /** The history action of a progress update ({@link AssignmentService#progress}). */
    static final String PROGRESS = "PROGRESS";

    private final AssignmentEventRepository events;
    private final AssignmentViews views;
    private final EntityManager entities;

    AssignmentQueries(AssignmentRepository assignments, AssignmentEventRepository events, AssignmentViews views,
                      EntityManager entities) {
        this.assignments = assignments;
        this.events = events;
        this.views = views;
        this.entities = entities;
    }

    /**
     * The latest progress update ("40% · what was done") of each of these assignments recorded before
     * {@code before}, by id; assignments without one are left out. The caller found the ids through its own
     * scoped query.
     */
    public Map<Long, HistoryEntry> latestProgress(Collection<Long> ids, Instant before) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return events.findLatest(ids, PROGRESS, before).stream()
                .collect(Collectors.toMap(AssignmentEvent::getAssignmentId, AssignmentEvent::toEntry, (a, b) -> b));
    }

    /** A page of the matching assignments, as lists show them (three queries per page). */
    public Page<AssignmentRow> page(Specification<Assignment> spec, Pageable pageable) {
        Page<Assignment> page = assignments.findAll(spec, pageable);
        Map<Long, AssignmentRow> rows = views.rows(page.getContent()).stream()
                .collect(Collectors.toMap(AssignmentRow::id, Function.identity()));
        return page.map(a -> rows.get(a.getId()));
    }

    public long count(Specification<Assignment> spec) {
        return assignments.count(spec);
    }

    /** How many match, per government id (one grouped query); governments without any are absent. */
    public Map<Long, Long> countByGovernment(Specification<Assignment> spec) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Assignment> root = query.from(Assignment.class);
        query.multiselect(root.get("governmentId"), cb.count(root))
                .where(spec.toPredicate(root, query, cb))
                .groupBy(root.get("governmentId"));
        return entities.createQuery(query).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** The ids of the first {@code limit} matching assignments, the oldest first. */
    public List<Long> ids(Specification<Assignment> spec, int limit) {
        return assignments.findBy(spec, query -> query.sortBy(Sort.by("id")).limit(limit).all())
                .stream().map(Assignment::getId).toList();
    }

    /** One slice of the matching assignments, in the request's order (a slice ignores a fluent query's sortBy). */
    public Slice<Assignment> slice(Specification<Assignment> spec, PageRequest request) {
        return assignments.findBy(spec, query -> query.slice(request));
    }

    /** Every unit of these directives, whoever may read their parts, in the notice's order. */
    public List<DirectiveUnit> unitsOfDirectives(Collection<Long> directiveIds) {
        return assignments.findUnitsOfDirectives(directiveIds).stream()
                .map(row -> new DirectiveUnit((Long) row[0], (Long) row[1], (AssignmentRole) row[2])).toList();
    }

    /** A unit's assignments still open (not done, not cancelled), unlocked. */
    public List<Part> openPartsOfUnit(long governmentId, long unitId) {
        return parts(assignments.findIdsOfUnit(governmentId, unitId, CLOSED));
    }

    /** These assignments of a government, unlocked; unknown ids are left out. */
    public List<Part> partsIn(long governmentId, Collection<Long> ids) {
        return parts(assignments.findIdsIn(governmentId, ids));
    }

    private static List<Part> parts(List<Object[]> rows) {
        return rows.stream().map(row -> new Part((Long) row[0], (Long) row[1])).toList();
    }
}
