package vn.chidao.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.time.AppClock;

/**
 * Fills each new revision: the application's clock, and who — the system while an engine job runs
 * ({@link SystemScope}), otherwise the signed-in user (an {@link ActorPrincipal}, with whom they substitute for),
 * otherwise the system. Envers makes it through Hibernate's bean container, which Spring Boot backs with the
 * application context; the beans it needs are looked up when the first revision is made.
 */
class AuditRevisionListener implements RevisionListener {

    private final ObjectProvider<AppClock> clock;
    private final ObjectProvider<SecurityContextHolderStrategy> security;

    AuditRevisionListener(ObjectProvider<AppClock> clock, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.clock = clock;
        this.security = security;
    }

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).describe(clock.getObject().instant(), who());
    }

    private AuditActor who() {
        if (SystemScope.active()) {
            return AuditActor.SYSTEM;
        }
        SecurityContextHolderStrategy holder = security.getIfAvailable();
        Authentication authentication = holder == null ? null : holder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof ActorPrincipal principal)) {
            return AuditActor.SYSTEM;
        }
        return AuditActor.of(principal.actor());
    }
}
