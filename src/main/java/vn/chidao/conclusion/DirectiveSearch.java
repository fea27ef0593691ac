package vn.chidao.conclusion;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds directives by words of their content or of their conclusion's number and title (the register's search). */
@Service
@Transactional(readOnly = true)
public class DirectiveSearch {

    /** The escape character of the LIKE patterns (a backslash reads differently on H2 and PostgreSQL). */
    static final char ESCAPE = '!';

    private final DirectiveRepository directives;

    DirectiveSearch(DirectiveRepository directives) {
        this.directives = directives;
    }

    /**
     * The ids of a government's directives whose content, or whose conclusion's number or title, contains
     * {@code text}, case-insensitively; {@code %} and {@code _} are plain characters.
     */
    public List<Long> idsMatching(long governmentId, String text) {
        return directives.findIdsMatching(governmentId, pattern(text));
    }

    /**
     * The ids of a government's directives tagged with the DTI indicator {@code code} or one of its sub-indicators
     * (DTI-7 finds DTI-7 and DTI-7.1).
     */
    public List<Long> idsTagged(long governmentId, String code) {
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return directives.findIdsTagged(governmentId, wanted, wanted + ".%");
    }

    static String pattern(String text) {
        String wanted = Normalizer.normalize(text.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder("%");
        for (char c : wanted.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
