package vn.chidao.conclusion.parse;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text without its accents, in lower case, one character for each character of the text (as NFC), so a
 * match found in the folded text is at the same place in the original: "Sở Tài chính" → "so tai chinh".
 */
final class Fold {

    private Fold() {
    }

    /** The text as NFC, the form {@link #of} keeps the length of. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** {@code text} (already NFC) folded character by character. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fold(text.charAt(i)));
        }
        return out.toString();
    }

    private static char fold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.isEmpty() ? c : base.charAt(0);
        return first < 128 ? Character.toLowerCase(first) : Character.toLowerCase(c);
    }

    /** A name to compare: folded, "&" spaced out as written in lists, runs of spaces as one, trimmed. */
    static String key(String text) {
        return of(nfc(text)).replaceAll("\\s*&\\s*", "&").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
