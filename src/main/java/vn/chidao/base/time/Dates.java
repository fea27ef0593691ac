package vn.chidao.base.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese agencies read them: Asia/Ho_Chi_Minh, dd/MM/yyyy. */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Dates() {
    }

    public static LocalDate dayOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }

    public static OffsetDateTime local(Instant at) {
        return at == null ? null : at.atZone(ZONE).toOffsetDateTime();
    }

    /** The first instant at which a deadline of {@code day} is missed: the next day at 00:00 local time. */
    public static Instant overdueFrom(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String format(Instant at) {
        return at == null ? "" : DAY_TIME.format(at.atZone(ZONE));
    }

    /** A moment as the API gives it (an offset date-time), shown dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
    public static String format(OffsetDateTime at) {
        return at == null ? "" : DAY_TIME.format(at.atZoneSameInstant(ZONE));
    }
}
