package vn.chidao.delivery;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Role;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.security.UserContact;
import vn.chidao.security.UserService;

/**
 * Gathers what each person's morning digest holds, by what they are: a government's leaders its open overdue
 * assignments, a unit head the unit's overdue ones and those due by Sunday, anyone who reads some kinds in the
 * digest those notifications since their previous digest. Only people who can be reached (enabled, with an
 * email address) are gathered for.
 */
@Component
class DigestSections {

    /** How far back a person's first digest looks for notifications. */
    static final Duration FIRST_LOOK_BACK = Duration.ofDays(7);
    /**
     * The furthest back any digest looks: someone who could not be reached for a while (no address, disabled)
     * keeps their mark and gets what they missed once they can be, but not older than this (the bell has it all).
     */
    static final Duration LONGEST_LOOK_BACK = Duration.ofDays(30);

    /** The drafts of one morning, one per person, in the order they were first gathered for. */
    static final class Drafts {
        private final Map<String, DigestDraft> byUsername = new LinkedHashMap<>();

        DigestDraft of(UserContact person) {
            return byUsername.computeIfAbsent(person.username(), username -> new DigestDraft(person));
        }

        List<DigestDraft> all() {
            return List.copyOf(byUsername.values());
        }
    }

    private final UserService users;
    private final AssignmentService assignments;
    private final NotificationService notifications;
    private final NotificationChoiceRepository choices;
    private final DigestMarkRepository marks;

    DigestSections(UserService users, AssignmentService assignments, NotificationService notifications,
                   NotificationChoiceRepository choices, DigestMarkRepository marks) {
        this.users = users;
        this.assignments = assignments;
        this.notifications = notifications;
        this.choices = choices;
        this.marks = marks;
    }

    /** A government's leaders and unit heads: overdue assignments (by unit) and those due this week. */
    void assignments(long governmentId, LocalDate today, Drafts drafts) {
        List<UserContact> leaders = reachable(users.contactsWithRole(governmentId, Role.LEADER));
        if (!leaders.isEmpty()) {
            List<AssignmentRow> overdue = assignments.openDueBy(governmentId, null, today).stream()
                    .filter(DigestSections::overdue).toList();
            leaders.forEach(leader -> drafts.of(leader).overdue(overdue.stream()));
        }
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<Long, List<AssignmentRow>> byUnit = new HashMap<>();
        for (UserContact head : reachable(users.contactsWithRole(governmentId, Role.UNIT_HEAD))) {
            if (head.unitId() == null) {
                continue;
            }
            List<AssignmentRow> rows = byUnit.computeIfAbsent(head.unitId(),
                    unitId -> assignments.openDueBy(governmentId, unitId, sunday));
            DigestDraft draft = drafts.of(head);
            draft.overdue(rows.stream().filter(DigestSections::overdue));
            draft.dueSoon(rows.stream().filter(DigestSections::dueSoon));
        }
    }

    /**
     * The notifications of the kinds each person reads in the digest, since their previous digest (exclusive)
     * up to {@code now}: what came on a weekend or during Tết is in the next working day's digest.
     */
    void notices(Instant now, Drafts drafts) {
        List<String> readers = choices.digestReaders();
        if (readers.isEmpty()) {
            return;
        }
        Map<String, UserContact> contacts = users.contacts(readers);
        Map<String, Instant> lastSent = marks.findAllById(readers).stream()
                .collect(Collectors.toMap(DigestMark::getUsername, DigestMark::getLastSentAt));
        Instant furthest = now.minus(LONGEST_LOOK_BACK);
        for (String username : readers) {
            UserContact person = contacts.get(username);
            if (person == null || !OutboxWriter.reachable(person)) {
                continue;
            }
            Instant after = lastSent.getOrDefault(username, now.minus(FIRST_LOOK_BACK));
            List<NotificationDto> found = notifications.since(username, digestKinds(username),
                    after.isBefore(furthest) ? furthest : after, now, person.locale());
            if (!found.isEmpty()) {
                drafts.of(person).notices(found);
            }
        }
    }

    private Set<NotificationKind> digestKinds(String username) {
        return choices.findByUsername(username).stream().filter(c -> c.getMode() == DeliveryMode.DIGEST)
                .map(NotificationChoice::getKind).collect(Collectors.toSet());
    }

    private static List<UserContact> reachable(List<UserContact> contacts) {
        return contacts.stream().filter(OutboxWriter::reachable).toList();
    }

    private static boolean overdue(AssignmentRow row) {
        return row.timeliness() == Timeliness.OPEN_OVERDUE && row.daysLeft() != null;
    }

    /** On time and still the unit's to do (a report waiting for the secretariat has no days left). */
    private static boolean dueSoon(AssignmentRow row) {
        return row.timeliness() == Timeliness.OPEN_ON_TIME && row.daysLeft() != null;
    }
}
