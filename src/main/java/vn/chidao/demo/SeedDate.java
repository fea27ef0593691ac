package vn.chidao.demo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in a seed file: absolute ({@code 2022-06-15}) or relative to the day of loading ({@code today},
 * {@code today-12}, {@code today+20}), so that a demo's open work has future deadlines whenever it is loaded.
 */
record SeedDate(String text, LocalDate absolute, int offsetDays) {

    private static final Pattern RELATIVE = Pattern.compile("today(?:\\s*([+-])\\s*(\\d{1,5}))?");

    @JsonCreator
    static SeedDate parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher relative = RELATIVE.matcher(trimmed);
        if (relative.matches()) {
            int days = relative.group(2) == null ? 0 : Integer.parseInt(relative.group(2));
            return new SeedDate(trimmed, null, "-".equals(relative.group(1)) ? -days : days);
        }
        try {
            return new SeedDate(trimmed, LocalDate.parse(trimmed), 0);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write yyyy-MM-dd, today, today-N or today+N");
        }
    }

    static SeedDate of(LocalDate day) {
        return new SeedDate(day.toString(), day, 0);
    }

    boolean isRelative() {
        return absolute == null;
    }

    LocalDate resolve(LocalDate today) {
        return absolute != null ? absolute : today.plusDays(offsetDays);
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
