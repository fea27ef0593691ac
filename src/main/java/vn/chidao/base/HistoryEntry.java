package vn.chidao.base;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.chidao.base.time.Dates;

/**
 * One line of a history as the API and the UI show it: when (Asia/Ho_Chi_Minh), who, what, and why; {@code id}
 * identifies the line (files attached with a step point at it), null where a history is built, not stored.
 */
public record HistoryEntry(OffsetDateTime at, String user, String action, String comment, Long id) {

    /** The user of what the processes do by themselves (reminders, overdue notices, escalations). */
    public static final String SYSTEM = "system";
    /** The action of a substitute; its comment is the username of whom they stood in for. */
    public static final String ON_BEHALF = "ON_BEHALF";

    public HistoryEntry(Instant at, String user, String action, String comment) {
        this(Dates.local(at), user, action, comment, null);
    }

    public HistoryEntry(Instant at, String user, String action, String comment, Long id) {
        this(Dates.local(at), user, action, comment, id);
    }

    /** The people a history names, by username: who acted, and whom a substitute stood in for; not the system. */
    public static Set<String> people(Collection<HistoryEntry> entries) {
        Set<String> usernames = new HashSet<>();
        for (HistoryEntry entry : entries) {
            usernames.add(entry.user());
            if (ON_BEHALF.equals(entry.action())) {
                usernames.add(entry.comment());
            }
        }
        usernames.remove(null);
        usernames.remove(SYSTEM);
        return usernames;
    }
}
