package vn.chidao.audit;

import java.util.Set;
import java.util.TreeSet;
import vn.chidao.base.Actor;
import vn.chidao.base.HistoryEntry;

/**
 * Who a change is recorded for: the signed-in user and, while they substitute for others (ủy quyền), whom they
 * stand in for; or the system (the engine's timers and job executor, start-up, anything with nobody signed in).
 */
record AuditActor(String username, String onBehalfOf) {

    static final AuditActor SYSTEM = new AuditActor(HistoryEntry.SYSTEM, null);

    /** The people {@code actor} stands in for today, by username, comma-separated; none: null. */
    static AuditActor of(Actor actor) {
        Set<String> absent = new TreeSet<>(actor.standsInFor());
        return new AuditActor(actor.username(), absent.isEmpty() ? null : String.join(",", absent));
    }
}
