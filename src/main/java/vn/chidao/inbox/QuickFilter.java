package vn.chidao.inbox;

import java.util.EnumSet;
import java.util.Set;

/** The inbox's quick filters (the API's {@code filter=}); each keeps some kinds of task and, but one, domain facts. */
public enum QuickFilter {
    /**
     * The unit's own work past its due day (a deadline D is missed from D+1, 00:00), and the leaders' reviews of
     * overdue assignments: what {@code TaskUrgencies} calls overdue. Reviews, sign-offs and decisions never are.
     */
    OVERDUE(EnumSet.of(TaskKind.ACKNOWLEDGE, TaskKind.REPORT, TaskKind.CONTRIBUTE, TaskKind.PERIODIC_REPORT,
            TaskKind.OVERDUE_REVIEW)),
    /**
     * The unit's own work due from today to the end of this working week (on a weekend or a week's last days
     * off: the coming one); a period's report by its period's due day.
     */
    DUE_THIS_WEEK(EnumSet.of(TaskKind.ACKNOWLEDGE, TaskKind.REPORT, TaskKind.CONTRIBUTE, TaskKind.PERIODIC_REPORT)),
    /** The unit's reporting: the completion report, the period's report, a coordinating unit's contribution. */
    AWAITING_REPORT(EnumSet.of(TaskKind.REPORT, TaskKind.PERIODIC_REPORT, TaskKind.CONTRIBUTE)),
    /** Reports the secretariat's review or the leader's sign-off returned last: to be done again. */
    RETURNED(EnumSet.of(TaskKind.REPORT));

    private final Set<TaskKind> kinds;

    QuickFilter(Set<TaskKind> kinds) {
        this.kinds = kinds;
    }

    /** The kinds of task it may keep. */
    Set<TaskKind> kinds() {
        return EnumSet.copyOf(kinds);
    }
}
