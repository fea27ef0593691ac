package vn.chidao.conclusion;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.base.InvalidInputException;

/**
 * A notice number of the form {@code <sequence>/<symbol>} ("59/TB-UBND"): the place in the issuing office's
 * series of the year, and the office's symbol. Numbers of another form are kept as typed but belong to no series.
 */
record NoticeNumber(int sequence, String symbol) {

    /** The longest number the conclusion keeps (its column). */
    static final int MAX_LENGTH = 50;
    /** Control and invisible format characters (zero-width spaces, direction marks): no place in a number. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\S(?:.*\\S)?)\\s*");

    /** 400 on {@code number} for a number longer than the record keeps or holding invisible characters. */
    static void requireWellFormed(String number) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        check(number, errors);
        errors.throwIfAny();
    }

    /** {@link #requireWellFormed}'s rule, its error added to {@code errors} (a draft's other fields with it). */
    static void check(String number, InvalidInputException.Collector errors) {
        if (number == null) {
            return;
        }
        if (number.length() > MAX_LENGTH) {
            errors.add("number", "error.textLength", MAX_LENGTH);
        } else if (INVISIBLE.matcher(number).find()) {
            errors.add("number", "error.format");
        }
    }

    static Optional<NoticeNumber> parse(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(number);
        return matcher.matches()
                ? Optional.of(new NoticeNumber(Integer.parseInt(matcher.group(1)), matcher.group(2)))
                : Optional.empty();
    }

    /**
     * What makes two numbers the same within a government and year: the sequence without leading zeros and the
     * symbol whatever its case ("059/tb-ubnd" is "59/TB-UBND"); other numbers by their text, whatever the case.
     */
    static String key(String number) {
        return parse(number).map(n -> n.sequence + "/" + n.symbol.toLowerCase(Locale.ROOT))
                .orElseGet(() -> number.trim().toLowerCase(Locale.ROOT));
    }

    boolean isOf(String officeSymbol) {
        return symbol.equalsIgnoreCase(officeSymbol);
    }

    @Override
    public String toString() {
        return sequence + "/" + symbol;
    }
}
