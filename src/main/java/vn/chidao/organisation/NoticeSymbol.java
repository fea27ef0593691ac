package vn.chidao.organisation;

/**
 * The symbol of an issuing office in its notice numbers ("TB-UBND" in "59/TB-UBND", Decree 30/2020): set per
 * government, or per committee where a committee issues its own notices.
 */
public final class NoticeSymbol {

    /** A People's Committee's notices, the symbol of a government until its administrator sets another. */
    public static final String DEFAULT = "TB-UBND";

    /**
     * Letters (with diacritics: "TB-BCĐ"), digits and {@code - . / & _} inside; empty allowed (optional fields), spaces
     * around it are trimmed.
     */
    public static final String PATTERN = "\\s*(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}./&_-]*[\\p{L}\\p{N}])?)?\\s*";

    public static final int MAX_LENGTH = 40;

    private NoticeSymbol() {
    }

    /** The symbol trimmed, or null when empty. */
    public static String trimToNull(String symbol) {
        return symbol == null || symbol.isBlank() ? null : symbol.trim();
    }
}
