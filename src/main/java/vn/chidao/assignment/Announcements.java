package vn.chidao.assignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.notification.NoticeText;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.security.UserService;

/**
 * Tells people about an assignment: who they are (the unit's focal points, its head, the secretariat, the
 * leaders or the committee's chair) and the notification's text from the bundles, in Vietnamese and English, whose
 * arguments {@code {0}} are the directive, {@code {1}} its notice's number, {@code {2}} the deadline, then the
 * caller's own. Used by the assignment's actions and by the features above it (the deadline watch, extensions).
 */
@Component
public class Announcements {

    private final ConclusionService conclusions;
    private final UserService users;
    private final NotificationService notifications;
    private final OrganisationService organisation;

    Announcements(ConclusionService conclusions, UserService users, NotificationService notifications,
                  OrganisationService organisation) {
        this.conclusions = conclusions;
        this.users = users;
        this.notifications = notifications;
        this.organisation = organisation;
    }

    public void tell(Assignment a, Collection<String> recipients, NotificationKind kind, String key, Object... more) {
        if (!recipients.isEmpty()) {
            tell(a, directive(a), recipients, kind, key, more);
        }
    }

    public void tell(Assignment a, DirectiveInfo d, Collection<String> recipients, NotificationKind kind, String key,
                     Object... more) {
        if (recipients.isEmpty()) {
            return;
        }
        Object[] arguments = new Object[3 + more.length];
        arguments[0] = shorten(d.content());
        arguments[1] = d.conclusionNumber();
        arguments[2] = a.getDeadline() == null ? new DefaultMessageSourceResolvable("mail.ongoing")
                : Dates.format(a.getDeadline());
        System.arraycopy(more, 0, arguments, 3, more.length);
        notifications.notify(a.getGovernmentId(), recipients, kind, a.getId(), new NoticeText(key, arguments));
    }

    public DirectiveInfo directive(Assignment a) {
        return conclusions.directives(List.of(a.getDirectiveId())).get(a.getDirectiveId());
    }

    /** The name of the assignment's unit (as texts name it). */
    public String unitName(Assignment a) {
        UnitDto unit = organisation.unitsById(List.of(a.getUnitId())).get(a.getUnitId());
        return unit == null ? "" : unit.name();
    }

    public List<String> focalPoints(Assignment a) {
        return users.usernamesInUnit(a.getUnitId(), Role.FOCAL_POINT);
    }

    /** The unit's focal points and its head. */
    public List<String> unitPeople(Assignment a) {
        List<String> people = new ArrayList<>(focalPoints(a));
        people.addAll(users.usernamesInUnit(a.getUnitId(), Role.UNIT_HEAD));
        return people;
    }

    public List<String> withRole(Assignment a, Role role) {
        return users.usernamesWithRole(a.getGovernmentId(), role);
    }

    /** The committee's chair when one is set, otherwise the government's leaders. */
    public List<String> chairOrLeaders(Assignment a, DirectiveInfo d) {
        return d.committeeChair() != null ? List.of(d.committeeChair()) : withRole(a, Role.LEADER);
    }

    /** A text's argument read in each reader's language ({@code role.LEAD.notice} …). */
    static DefaultMessageSourceResolvable word(String key) {
        return new DefaultMessageSourceResolvable(key);
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }

    /** A new assignment: the unit's focal points are to acknowledge it. */
    void taskAssigned(Assignment a) {
        tell(a, focalPoints(a), NotificationKind.TASK_ASSIGNED, "notice.taskAssigned",
                word("role." + a.getRole().name() + ".notice"));
    }
}
