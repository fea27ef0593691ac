package vn.chidao.audit;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import vn.chidao.base.Actor;

/** The query of a filter, within what the caller may see: a government's admin, that government's records only. */
final class AuditSearch {

    /** Newest first; the id orders the changes of one transaction. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

    private AuditSearch() {
    }

    static Specification<AuditRecord> of(Actor actor, AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!actor.isInstallationAdmin()) {
                where.add(cb.equal(root.get("governmentCode"), actor.governmentCode()));
            }
            if (filter.user() != null) {
                String user = filter.user().toLowerCase(Locale.ROOT);
                var onBehalfOf = root.<String>get("onBehalfOf");
                where.add(cb.or(cb.equal(root.get("username"), user), cb.equal(onBehalfOf, user),
                        cb.like(onBehalfOf, escape(user) + ",%", '\\'),
                        cb.like(onBehalfOf, "%," + escape(user), '\\'),
                        cb.like(onBehalfOf, "%," + escape(user) + ",%", '\\')));
            }
            if (filter.entity() != null) {
                where.add(cb.equal(root.get("entity"), filter.entity()));
            }
            if (filter.entityId() != null) {
                where.add(cb.equal(root.get("entityId"), filter.entityId()));
            }
            if (filter.action() != null) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.fromInstant() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("at"), filter.fromInstant()));
            }
            if (filter.untilInstant() != null) {
                where.add(cb.lessThan(root.get("at"), filter.untilInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
