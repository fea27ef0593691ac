package vn.chidao.audit;

import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.base.Actor;
import vn.chidao.base.HistoryEntry;

/**
 * Who a change is recorded for: the signed-in user and, while they substitute for others (ủy quyền), whom they
 * stand in for; or the system (the engine's timers and job executor, start-up, anything with nobody signed in).
 */
record AuditActor(String username, String onBehalfOf) {

    static final AuditActor SYSTEM = new AuditActor(HistoryEntry.SYSTEM, null);

    /** The column's width: a list longer than that (many absent people at once) is cut, never refused. */
    static final int ON_BEHALF_OF_LENGTH = 200;

    /** The people {@code actor} stands in for today, by username, comma-separated; none: null. */
    static AuditActor of(Actor actor) {
        Set<String> absent = new TreeSet<>(actor.standsInFor());
        return new AuditActor(actor.username(), absent.isEmpty() ? null
                : StringUtils.abbreviate(String.join(",", absent), ON_BEHALF_OF_LENGTH));
    }
}
