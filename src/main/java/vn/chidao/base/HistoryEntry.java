package vn.chidao.base;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.chidao.base.time.Dates;

/** One line of a history as the API and the UI show it: when (Asia/Ho_Chi_Minh), who, what, and why. */
public record HistoryEntry(OffsetDateTime at, String user, String action, String comment) {

    /** The user of what the processes do by themselves (reminders, overdue notices, escalations). */
    public static final String SYSTEM = "system";

    public HistoryEntry(Instant at, String user, String action, String comment) {
        this(Dates.local(at), user, action, comment);
    }
}
