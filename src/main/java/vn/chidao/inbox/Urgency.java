package vn.chidao.inbox;

import java.time.LocalDate;

/**
 * How pressing an assignment's task is, as the inbox colours it: green on time, amber from the directive's
 * reminder window on ({@code reminderDays} working days before the deadline, the day of the first reminder), red
 * once the deadline has passed; ongoing directives have no deadline.
 */
public enum Urgency {
    ON_TIME,
    DUE_SOON,
    OVERDUE,
    ONGOING;

    /**
     * @param daysLeft working days from today to the deadline (negative when overdue)
     * @param reminderDays the directive's reminder window in working days
     */
    static Urgency of(LocalDate deadline, Long daysLeft, int reminderDays, LocalDate today) {
        if (deadline == null) {
            return ONGOING;
        }
        if (deadline.isBefore(today)) {
            return OVERDUE;
        }
        return daysLeft != null && daysLeft <= reminderDays ? DUE_SOON : ON_TIME;
    }
}
