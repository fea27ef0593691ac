package vn.chidao.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.notification.NotificationDto;
import vn.chidao.security.UserContact;

/**
 * One person's morning digest while it is gathered. A person with several roles (a leader who is also a unit
 * head, or who reads some kinds in the digest) gets one digest: each section adds to it, and an assignment listed
 * by two of them shows once.
 */
final class DigestDraft {

    /** At most this many lines per section, and this many characters per text: the digest fits its outbox row. */
    static final int MAX_LINES = 100;
    static final int MAX_TEXT = 300;

    private static final Comparator<AssignmentRow> BY_DEADLINE =
            Comparator.comparing(AssignmentRow::deadline).thenComparing(AssignmentRow::id);

    private final UserContact recipient;
    private final Map<Long, AssignmentRow> overdue = new LinkedHashMap<>();
    private final Map<Long, AssignmentRow> dueSoon = new LinkedHashMap<>();
    private final List<NotificationDto> notices = new ArrayList<>();

    DigestDraft(UserContact recipient) {
        this.recipient = recipient;
    }

    UserContact recipient() {
        return recipient;
    }

    /** Open overdue assignments ({@code daysLeft} negative: the working days late). */
    void overdue(Stream<AssignmentRow> rows) {
        rows.forEach(row -> overdue.putIfAbsent(row.id(), row));
    }

    /** Open assignments due by the end of the week, not yet overdue. */
    void dueSoon(Stream<AssignmentRow> rows) {
        rows.forEach(row -> dueSoon.putIfAbsent(row.id(), row));
    }

    void notices(List<NotificationDto> found) {
        notices.addAll(found);
    }

    boolean isEmpty() {
        return overdue.isEmpty() && dueSoon.isEmpty() && notices.isEmpty();
    }

    /** Lines left out of the longest sections (over {@link #MAX_LINES}); they stay in the application. */
    int leftOut() {
        return Math.max(0, overdue.size() - MAX_LINES) + Math.max(0, dueSoon.size() - MAX_LINES)
                + Math.max(0, notices.size() - MAX_LINES);
    }

    /**
     * The digest of {@code day}: overdue assignments grouped by unit, the unit with the longest-overdue one
     * first, each with its working days late; those due this week, earliest first, with the working days left;
     * the notifications, oldest first (the newest {@link #MAX_LINES} when there are more).
     */
    DigestContent content(LocalDate day) {
        Map<String, DigestContent.UnitItems> byUnit = new LinkedHashMap<>();
        overdue.values().stream().sorted(BY_DEADLINE).limit(MAX_LINES).forEach(row -> byUnit
                .computeIfAbsent(row.unitCode(), code -> new DigestContent.UnitItems(row.unitName(), new ArrayList<>()))
                .items().add(item(row, -row.daysLeft())));
        List<DigestContent.UnitItems> groups = List.copyOf(byUnit.values());
        List<DigestContent.Item> soon = dueSoon.values().stream().sorted(BY_DEADLINE).limit(MAX_LINES)
                .map(row -> item(row, row.daysLeft())).toList();
        List<DigestContent.Line> lines = notices.stream()
                .sorted(Comparator.comparing(NotificationDto::at).thenComparing(NotificationDto::id))
                .skip(Math.max(0, notices.size() - MAX_LINES))
                .map(n -> new DigestContent.Line(n.at(), n.kind().name(), StringUtils.abbreviate(n.text(), MAX_TEXT),
                        n.assignmentId()))
                .toList();
        return new DigestContent(day, groups, soon, lines);
    }

    private static DigestContent.Item item(AssignmentRow row, long days) {
        return new DigestContent.Item(row.id(), row.conclusionNumber(), StringUtils.abbreviate(row.content(), MAX_TEXT),
                row.deadline(), days);
    }
}
