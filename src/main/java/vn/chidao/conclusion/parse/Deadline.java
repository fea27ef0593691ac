package vn.chidao.conclusion.parse;

import java.time.LocalDate;

/**
 * A directive's deadline as read: a day, a number of working days from the issue date, or ongoing (thường xuyên,
 * reporting every {@code reportEvery} when the text says how often); from {@code start} to {@code end} of the
 * text read, with how sure the reader is.
 */
record Deadline(LocalDate date, Integer workingDays, boolean ongoing, String reportEvery, int start, int end,
                double confidence) {

    static Deadline on(LocalDate date, int start, int end, double confidence) {
        return new Deadline(date, null, false, null, start, end, confidence);
    }

    /** "2023-12-15", "10wd" or "ongoing": the labelled set's notation. */
    String label() {
        return ongoing ? "ongoing" : workingDays != null ? workingDays + "wd" : String.valueOf(date);
    }
}
