package vn.chidao.conclusion;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.shared.HasTooltip;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidao.conclusion.parse.FieldSource;

/**
 * Shows on the editor's fields where a proposal read from a notice came from: each field's tooltip quotes the words
 * and the confidence (and why, where the parser says); a field the parser could not fill or is unsure of is marked
 * invalid with "Cần kiểm tra", which clears as soon as the user changes it. Nothing else changes: saving is as ever.
 */
final class ParsedMarks {

    static final String MARKED = "chidao-parsed";
    static final String UNSURE = "chidao-parsed-unsure";
    private static final Pattern DIRECTIVE = Pattern.compile("directives\\[(\\d+)]\\.(\\w+)");

    private ParsedMarks() {
    }

    /** Marks every field of {@code fields} that the editor shows ({@code number} and {@code issuedDate} it does not). */
    static void show(Map<String, FieldSource> fields, ConclusionHeaderForm header, DirectiveList directives) {
        fields.forEach((path, source) -> {
            Component field = fieldAt(path, header, directives);
            if (field != null) {
                mark(field, source);
            }
        });
    }

    private static Component fieldAt(String path, ConclusionHeaderForm header, DirectiveList directives) {
        Matcher m = DIRECTIVE.matcher(path);
        if (!m.matches()) {
            return (Component) header.field(path);
        }
        DirectiveCard card = directives.card(Integer.parseInt(m.group(1)));
        if (card == null) {
            return null;
        }
        return "ongoing".equals(m.group(2)) ? card.deadline.kind : (Component) card.field(m.group(2));
    }

    static void mark(Component field, FieldSource source) {
        String why = source.note() == null ? "" : " · " + source.note();
        String said = source.text() == null ? field.getTranslation("parse.sourceNone")
                : field.getTranslation("parse.source", source.text(), Math.round(source.confidence() * 100));
        if (field instanceof HasTooltip tooltip) {
            tooltip.setTooltipText(said + why);
        }
        field.addClassName(MARKED);
        field.setClassName(UNSURE, source.isUnsure());
        if (source.isUnsure() && field instanceof HasValidation validation) {
            validation.setErrorMessage(field.getTranslation("parse.unsure") + ": " + said + why);
            validation.setInvalid(true);
        }
    }
}
