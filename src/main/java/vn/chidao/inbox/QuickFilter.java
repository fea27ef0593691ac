package vn.chidao.inbox;

import java.util.EnumSet;
import java.util.Set;

/** The inbox's quick filters (the API's {@code filter=}); each keeps some kinds of task and, but one, domain facts. */
public enum QuickFilter {
    /** The deadline has passed: due before today (a deadline D is missed from D+1, 00:00). */
    OVERDUE(aboutAssignments()),
    /** Due from today to the end of this working week (on a weekend or a week's last days off: the coming one). */
    DUE_THIS_WEEK(aboutAssignments()),
    /** The unit's reporting: the completion report, the period's report, a coordinating unit's contribution. */
    AWAITING_REPORT(EnumSet.of(TaskKind.REPORT, TaskKind.PERIODIC_REPORT, TaskKind.CONTRIBUTE)),
    /** Reports the secretariat's review or the leader's sign-off returned last: to be done again. */
    RETURNED(EnumSet.of(TaskKind.REPORT));

    private final Set<TaskKind> kinds;

    QuickFilter(Set<TaskKind> kinds) {
        this.kinds = kinds;
    }

    private static Set<TaskKind> aboutAssignments() {
        return EnumSet.complementOf(EnumSet.of(TaskKind.APPROVE_CONCLUSION, TaskKind.REVISE_CONCLUSION));
    }

    /** The kinds of task it may keep. */
    Set<TaskKind> kinds() {
        return EnumSet.copyOf(kinds);
    }
}
