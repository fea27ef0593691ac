package vn.chidao.conclusion;

import java.io.Serializable;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The reporting periods the editor offers for an ongoing directive (thường xuyên), as ISO-8601 periods; the
 * service also takes others (such as P2W) from the API. Labels: {@code reportPeriod.<NAME>}; people read a period
 * by its name ({@link #name}), never by its ISO code.
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

    /** A screen's texts in its language: a component's {@code getTranslation}. */
    @FunctionalInterface
    public interface Texts extends Serializable {
        String get(String key, Object... arguments);
    }

    /**
     * A period as people name it: "Hằng tháng" / "Monthly" for the editor's choices; "Mỗi 2 tuần", "Mỗi 2 tháng",
     * "Mỗi 10 ngày" for others the API allows; empty for none. Used wherever a period shows (editor, directive
     * cards, task page), so that none of them shows "P1M".
     */
    public static String name(String iso, Texts texts) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        ReportPeriod choice = of(iso);
        if (choice != null) {
            return texts.get("reportPeriod." + choice.name());
        }
        Period period = DirectiveDraft.reportPeriod(iso);
        if (period == null) {
            return texts.get("reportPeriod.other", iso);
        }
        if (period.getDays() == 0) {
            return texts.get("reportPeriod.months", period.toTotalMonths());
        }
        if (period.toTotalMonths() == 0 && period.getDays() % 7 == 0) {
            return texts.get("reportPeriod.weeks", period.getDays() / 7);
        }
        if (period.toTotalMonths() == 0) {
            return texts.get("reportPeriod.days", period.getDays());
        }
        return texts.get("reportPeriod.other", iso);
    }
}
