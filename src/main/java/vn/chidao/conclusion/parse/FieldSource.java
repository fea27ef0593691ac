package vn.chidao.conclusion.parse;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a proposed field came from: the words of the notice ({@code text}; null when the parser found none and the
 * field is the user's to fill), how sure the parser is ({@code confidence}, 0 to 1), and why, when the words do not
 * say it all ({@code note}: a unit replaced by its successor, a lead taken from the heading, a working-day count's day).
 */
public record FieldSource(String text, double confidence, @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    /** Below this the editor highlights the field for the user to check. */
    public static final double UNSURE = 0.75;

    @JsonIgnore
    public boolean isUnsure() {
        return text == null || confidence < UNSURE;
    }
}
