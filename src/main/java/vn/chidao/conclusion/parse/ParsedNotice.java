package vn.chidao.conclusion.parse;

import java.time.LocalDate;
import java.util.Map;
import vn.chidao.conclusion.ConclusionDraft;

/**
 * A notice read into a proposal, nothing saved: {@code draft} is exactly the body {@code POST /api/conclusions} takes
 * (a field the parser could not fill is null, for the user to fill), the header's number and issue date in it too, so
 * the draft keeps them; {@code number} and {@code issuedDate} as the header reads (offered at approval); {@code fields} maps each proposed field's path ({@code committee},
 * {@code directives[2].leadUnit}, {@code number}) to the words it came from and how sure the parser is.
 * {@code sourceFileName} names the uploaded file (null for pasted text), for keeping it with the conclusion as its
 * source document once saved.
 */
public record ParsedNotice(ConclusionDraft draft, String number, LocalDate issuedDate, Map<String, FieldSource> fields,
                           String sourceFileName) {

    /** The field's source, or null when the parser proposed nothing for that path. */
    public FieldSource field(String path) {
        return fields.get(path);
    }
}
