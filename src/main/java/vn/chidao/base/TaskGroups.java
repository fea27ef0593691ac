package vn.chidao.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate groups of the engine's user tasks. The BPMN models write them as expressions
 * ({@code unit:${unitId}}, {@code secretariat:${governmentId}}, {@code leader:${governmentId}}), and a
 * caller's inbox is every task of the groups their roles give them.
 */
public final class TaskGroups {

    public static final String UNIT = "unit:";
    public static final String SECRETARIAT = "secretariat:";
    public static final String LEADER = "leader:";
    /** A task for one person (e.g. the committee's chair): {@code user:<username>}. */
    public static final String USER = "user:";

    private TaskGroups() {
    }

    public static List<String> of(Actor actor) {
        List<String> groups = new ArrayList<>();
        groups.add(USER + actor.username());
        actor.standsInFor().forEach(absent -> groups.add(USER + absent));
        if (actor.unitId() != null && actor.has(Role.FOCAL_POINT)) {
            groups.add(UNIT + actor.unitId());
        }
        if (actor.governmentId() != null && actor.has(Role.SECRETARIAT)) {
            groups.add(SECRETARIAT + actor.governmentId());
        }
        if (actor.governmentId() != null && actor.has(Role.LEADER)) {
            groups.add(LEADER + actor.governmentId());
        }
        return groups;
    }
}
