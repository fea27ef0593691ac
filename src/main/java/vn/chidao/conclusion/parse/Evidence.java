package vn.chidao.conclusion.parse;

/**
 * Where a proposed field came from: the words of the notice ({@code text}, null when nothing was found), how sure
 * the parser is (0 to 1), and why, as a message key with its arguments (null when the words say it all).
 */
record Evidence(String text, double confidence, String note, Object... arguments) {

    static Evidence of(String text, double confidence) {
        return new Evidence(text, confidence, null);
    }

    /** Nothing found: the field is the user's to fill. */
    static Evidence missing(String note, Object... arguments) {
        return new Evidence(null, 0, note, arguments);
    }

    Evidence times(double factor) {
        return new Evidence(text, Math.round(confidence * factor * 100) / 100.0, note, arguments);
    }

    Evidence because(String why, Object... args) {
        return new Evidence(text, confidence, why, args);
    }
}
