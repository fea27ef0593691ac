package vn.chidao.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentAccess;
import vn.chidao.assignment.Announcements;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.TaskGroups;
import vn.chidao.base.time.Dates;
import vn.chidao.calendar.WorkingCalendar;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.notification.NotificationKind;

/**
 * What the deadline watch of an assignment says, and to whom. Only an assignment the unit still has to act on
 * (assigned or in progress) is chased: a report that waits for the secretariat is the secretariat's turn.
 * Called by the process's delegates, inside the engine's transaction.
 */
@Component
@Transactional
public class DeadlineNotices {

    private final AssignmentAccess access;
    private final Announcements announcements;
    private final WorkingCalendar calendar;

    DeadlineNotices(AssignmentAccess access, Announcements announcements, WorkingCalendar calendar) {
        this.access = access;
        this.announcements = announcements;
        this.calendar = calendar;
    }

    /** N working days before the deadline; not when the unit received the task inside that window. */
    void remindBefore(long assignmentId, int reminderDays) {
        Assignment a = access.find(assignmentId);
        LocalDate reminderDay = calendar.minusWorkingDays(a.getDeadline(), reminderDays);
        boolean receivedInsideWindow = !Dates.dayOf(a.getCreatedAt()).isBefore(reminderDay);
        if (reminderDays == 0 || receivedInsideWindow || !a.isChased()) {
            return;
        }
        int left = calendar.workingDaysBetween(access.today(), a.getDeadline());
        tell(a, focalPoints(a), NotificationKind.REMINDER, "notice.reminderBefore", left);
    }

    void remindOnDeadline(long assignmentId) {
        Assignment a = access.find(assignmentId);
        if (a.isChased()) {
            tell(a, focalPoints(a), NotificationKind.REMINDER, "notice.deadlineToday");
        }
    }

    /** The day after the deadline: the focal point and the unit head learn it is overdue (escalation level 1). */
    void markOverdue(long assignmentId) {
        Assignment a = access.find(assignmentId);
        if (!a.isChased()) {
            return;
        }
        access.record(a, SYSTEM, "OVERDUE", null);
        tell(a, unitPeople(a), NotificationKind.OVERDUE, "notice.overdue");
    }

    /**
     * M working days after the deadline: the committee's chair (or every leader) is asked to act.
     *
     * @return who reviews it ({@code user:<chair>} or {@code leader:<government>}), or null when the unit has
     *     acted meanwhile and there is nothing to review
     */
    String escalate(long assignmentId) {
        Assignment a = access.find(assignmentId);
        if (!a.isChased()) {
            return null;
        }
        DirectiveInfo directive = directive(a);
        List<String> leaders = announcements.chairOrLeaders(a, directive);
        access.record(a, SYSTEM, "ESCALATED", String.join(", ", leaders));
        tell(a, directive, leaders, NotificationKind.ESCALATION, "notice.escalation",
                -calendar.workingDaysBetween(access.today(), a.getDeadline()));
        return directive.committeeChair() != null ? TaskGroups.USER + directive.committeeChair()
                : TaskGroups.LEADER + a.getGovernmentId();
    }

    /** Every week while overdue and still the unit's turn. */
    void remindWeekly(long assignmentId) {
        Assignment a = access.find(assignmentId);
        if (a.isChased() && access.today().isAfter(a.getDeadline())) {
            tell(a, focalPoints(a), NotificationKind.REMINDER, "notice.weeklyOverdue",
                    -calendar.workingDaysBetween(access.today(), a.getDeadline()));
        }
    }

    /** N working days before the due day of an ongoing directive's periodic report. */
    public void remindPeriod(long assignmentId, int period, LocalDate due) {
        Assignment a = access.find(assignmentId);
        if (a.getStatus().isOpen()) {
            tell(a, focalPoints(a), NotificationKind.REMINDER, "notice.periodReminder", period, Dates.format(due),
                    calendar.workingDaysBetween(access.today(), due));
        }
    }

    /** The day after a periodic report's due day without the report: that period is overdue. */
    public void periodMissed(long assignmentId, int period, LocalDate due) {
        Assignment a = access.find(assignmentId);
        access.record(a, SYSTEM, "PERIOD_MISSED", period + " · " + Dates.format(due));
        tell(a, unitPeople(a), NotificationKind.OVERDUE, "notice.periodMissed", period, Dates.format(due));
    }

    /** A leader urged (nhắc nhở) the unit. */
    void urge(long assignmentId, String leader, String comment) {
        Assignment a = access.find(assignmentId);
        access.record(a, leader, "URGED", comment);
        tell(a, unitPeople(a), NotificationKind.LEADER_ACTION, "notice.urged", comment == null ? "" : comment);
    }

    /** A leader criticised (phê bình) the unit: recorded in its history and counted per unit. */
    void criticise(long assignmentId, String leader, String comment) {
        Assignment a = access.find(assignmentId);
        access.record(a, leader, CriticismService.CRITICISED, comment);
        tell(a, unitPeople(a), NotificationKind.LEADER_ACTION, "notice.criticised", comment == null ? "" : comment);
    }

    /** A new deadline (extension or a leader's decision): the entity follows; the caller moves the process. */
    public void changeDeadline(long assignmentId, LocalDate newDeadline, String by, String action, String comment) {
        Assignment a = access.lock(assignmentId);
        LocalDate previous = a.getDeadline();
        access.changeDeadline(a, newDeadline);
        access.record(a, by, action, Dates.format(previous) + " → " + Dates.format(newDeadline)
                + (comment == null ? "" : " · " + comment));
        tell(a, focalPoints(a), NotificationKind.EXTENSION_DECIDED, "notice.newDeadline");
    }

    static final String SYSTEM = HistoryEntry.SYSTEM;

    private List<String> focalPoints(Assignment a) {
        return announcements.focalPoints(a);
    }

    private List<String> unitPeople(Assignment a) {
        return announcements.unitPeople(a);
    }

    private DirectiveInfo directive(Assignment a) {
        return announcements.directive(a);
    }

    /** {0} is the directive, {1} its notice, {2} the deadline; in Vietnamese and English. */
    private void tell(Assignment a, List<String> recipients, NotificationKind kind, String key, Object... more) {
        announcements.tell(a, recipients, kind, key, more);
    }

    private void tell(Assignment a, DirectiveInfo d, List<String> recipients, NotificationKind kind, String key,
                      Object... more) {
        announcements.tell(a, d, recipients, kind, key, more);
    }
}
