package vn.chidao.conclusion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * One directive of a draft: the lead unit's code, the coordinating units' codes, and exactly one of a deadline
 * (yyyy-MM-dd, not before the meeting), {@code deadlineWorkingDays} (N working days after the issue date, the
 * first day not counted) or {@code ongoing: true} (thường xuyên). Reminders go out {@code reminderDays} working
 * days before the deadline (default 3). An ongoing directive's lead unit reports every {@code reportEvery}
 * (ISO-8601 period such as P1M or P3M; monthly by default). With {@code evidenceRequired} the lead unit's report
 * must come with a file (the signed report, the plan issued), and is not accepted without one. {@code indicators}:
 * the codes of the DTI indicators the directive serves (issue 15), optional.
 */
public record DirectiveDraft(
        @NotBlank(message = "{error.required}") @Size(max = 4000, message = "{error.size}") String content,
        @NotBlank(message = "{error.required}") @Size(max = 30, message = "{error.size}") String leadUnit,
        @Size(max = 100, message = "{error.size}") List<String> coordinatingUnits,
        LocalDate deadline,
        boolean ongoing,
        boolean leaderSignOff,
        @Min(value = 1, message = "{error.workingDays}") @Max(value = 365, message = "{error.workingDays}")
        Integer deadlineWorkingDays,
        @Min(value = 0, message = "{error.reminderDays}") @Max(value = 30, message = "{error.reminderDays}")
        Integer reminderDays,
        @Size(max = 20, message = "{error.size}") String reportEvery,
        boolean evidenceRequired,
        @Size(max = 20, message = "{error.size}") List<String> indicators) {

    public static final int DEFAULT_REMINDER_DAYS = 3;
    public static final String DEFAULT_REPORT_EVERY = "P1M";

    /** A directive with a date deadline (or ongoing) and the default reminder. */
    public DirectiveDraft(String content, String leadUnit, List<String> coordinatingUnits, LocalDate deadline,
                          boolean ongoing, boolean leaderSignOff) {
        this(content, leadUnit, coordinatingUnits, deadline, ongoing, leaderSignOff, null, null, null);
    }

    /** A directive that asks for no evidence file. */
    public DirectiveDraft(String content, String leadUnit, List<String> coordinatingUnits, LocalDate deadline,
                          boolean ongoing, boolean leaderSignOff, Integer deadlineWorkingDays, Integer reminderDays,
                          String reportEvery) {
        this(content, leadUnit, coordinatingUnits, deadline, ongoing, leaderSignOff, deadlineWorkingDays, reminderDays,
                reportEvery, false);
    }

    /** A directive tagged with no DTI indicator. */
    public DirectiveDraft(String content, String leadUnit, List<String> coordinatingUnits, LocalDate deadline,
                          boolean ongoing, boolean leaderSignOff, Integer deadlineWorkingDays, Integer reminderDays,
                          String reportEvery, boolean evidenceRequired) {
        this(content, leadUnit, coordinatingUnits, deadline, ongoing, leaderSignOff, deadlineWorkingDays, reminderDays,
                reportEvery, evidenceRequired, null);
    }

    /** The same directive tagged with these DTI indicators' codes. */
    public DirectiveDraft withIndicators(List<String> codes) {
        return new DirectiveDraft(content, leadUnit, coordinatingUnits, deadline, ongoing, leaderSignOff,
                deadlineWorkingDays, reminderDays, reportEvery, evidenceRequired, codes);
    }

    /** The DTI indicators' codes (DTI-1 …), none when not given. */
    public List<String> indicators() {
        return indicators == null ? List.of() : indicators;
    }

    public List<String> coordinatingUnits() {
        return coordinatingUnits == null ? List.of() : coordinatingUnits;
    }

    public int reminderDaysOrDefault() {
        return reminderDays == null ? DEFAULT_REMINDER_DAYS : reminderDays;
    }

    /** {@code reportEvery} as a period of one week to one year (P1W, P1M, P3M …), or null when it is no such period. */
    public static Period reportPeriod(String text) {
        try {
            Period period = Period.parse(text.trim().toUpperCase(Locale.ROOT));
            LocalDate from = LocalDate.of(2001, 1, 1);
            long days = ChronoUnit.DAYS.between(from, from.plus(period));
            return days >= 7 && days <= 366 ? period : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
