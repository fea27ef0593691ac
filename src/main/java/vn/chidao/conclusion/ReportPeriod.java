package vn.chidao.conclusion;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The reporting periods the editor offers for an ongoing directive (thường xuyên), as ISO-8601 periods; the
 * service also takes others (such as P2W) from the API. Labels: {@code reportPeriod.<NAME>}.
 */
public enum ReportPeriod {
    WEEKLY("P1W"),
    MONTHLY("P1M"),
    QUARTERLY("P3M"),
    HALF_YEARLY("P6M");

    private final String iso;

    ReportPeriod(String iso) {
        this.iso = iso;
    }

    public String iso() {
        return iso;
    }

    /** The option a saved period stands for (P1W is saved as P7D), or null when it is none of them. */
    public static ReportPeriod of(String saved) {
        if (saved == null || saved.isBlank()) {
            return null;
        }
        try {
            Period period = Period.parse(saved.trim().toUpperCase(Locale.ROOT));
            return Arrays.stream(values()).filter(p -> Period.parse(p.iso).equals(period)).findFirst().orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
