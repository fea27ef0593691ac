package vn.chidao.assignment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;

/**
 * The process instances of the open assignments a caller may see that meet some domain facts, for lists that
 * page the engine's tasks (the inbox): the engine's task query then keeps the tasks of these instances. One query
 * reads only the instance ids, in chunks of {@value #CHUNK} directives when limited to directives.
 */
@Service
@Transactional(readOnly = true)
public class OpenAssignments {

    /** The history's names of the secretariat's and the leader's decisions on a report. */
    static final List<String> DECISIONS = List.of("ACCEPTED", "RETURNED", "SIGNED_OFF", "SIGN_OFF_RETURNED");
    static final List<String> RETURNS = List.of("RETURNED", "SIGN_OFF_RETURNED");
    static final int CHUNK = 1000;

    private final EntityManager entities;

    OpenAssignments(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The ids of the process instances carrying the open assignments the caller may see (the whole government for
     * the secretariat, leaders and admins, the own unit for unit roles) that meet {@code criteria}.
     */
    public Set<String> processInstanceIds(Actor actor, OpenAssignmentCriteria criteria) {
        boolean wholeGovernment = actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN);
        if (actor.governmentId() == null || (!wholeGovernment && actor.unitId() == null)) {
            return Set.of();
        }
        if (criteria.directiveIds() == null) {
            return new HashSet<>(query(actor, wholeGovernment, criteria, null));
        }
        Set<String> ids = new HashSet<>();
        List<Long> directives = List.copyOf(criteria.directiveIds());
        for (int from = 0; from < directives.size(); from += CHUNK) {
            ids.addAll(query(actor, wholeGovernment, criteria,
                    directives.subList(from, Math.min(directives.size(), from + CHUNK))));
        }
        return ids;
    }

    /**
     * Those of these assignments whose report came back to the unit: still in progress, and the latest review or
     * sign-off returned it (what the inbox marks "returned"). One query.
     */
    public Set<Long> returned(Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Set.of();
        }
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Assignment> a = query.from(Assignment.class);
        query.select(a.get("id")).where(a.get("id").in(assignmentIds),
                cb.equal(a.get("status"), AssignmentStatus.IN_PROGRESS),
                cb.exists(latestDecisionIsAReturn(query, cb, a)));
        return new HashSet<>(entities.createQuery(query).getResultList());
    }

    private List<String> query(Actor actor, boolean wholeGovernment, OpenAssignmentCriteria criteria,
                               List<Long> directives) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<Assignment> a = query.from(Assignment.class);
        List<Predicate> where = new ArrayList<>();
        where.add(AssignmentSpecs.inGovernment(actor.governmentId()).toPredicate(a, query, cb));
        if (!wholeGovernment) {
            where.add(AssignmentSpecs.ofUnit(actor.unitId()).toPredicate(a, query, cb));
        }
        where.add(cb.not(a.get("status").in(AssignmentStatus.DONE, AssignmentStatus.CANCELLED)));
        where.add(cb.isNotNull(a.get("processInstanceId")));
        if (criteria.returned()) {
            where.add(cb.equal(a.get("status"), AssignmentStatus.IN_PROGRESS));
            where.add(cb.exists(latestDecisionIsAReturn(query, cb, a)));
        }
        if (directives != null) {
            where.add(a.get("directiveId").in(directives));
        }
        query.select(a.get("processInstanceId")).where(where.toArray(Predicate[]::new));
        return entities.createQuery(query).getResultList();
    }

    /** A return of the report with no decision on it after (history order: time, then id). */
    private static Subquery<Long> latestDecisionIsAReturn(CriteriaQuery<?> query, CriteriaBuilder cb,
                                                          Root<Assignment> a) {
        Subquery<Long> returned = query.subquery(Long.class);
        Root<AssignmentEvent> r = returned.from(AssignmentEvent.class);
        Subquery<Long> later = query.subquery(Long.class);
        Root<AssignmentEvent> l = later.from(AssignmentEvent.class);
        later.select(l.get("id")).where(cb.equal(l.get("assignmentId"), r.get("assignmentId")),
                l.get("action").in(DECISIONS),
                cb.or(cb.greaterThan(l.<Instant>get("at"), r.<Instant>get("at")),
                        cb.and(cb.equal(l.get("at"), r.get("at")), cb.greaterThan(l.<Long>get("id"), r.<Long>get("id")))));
        returned.select(r.get("id")).where(cb.equal(r.get("assignmentId"), a.get("id")),
                r.get("action").in(RETURNS), cb.not(cb.exists(later)));
        return returned;
    }
}
