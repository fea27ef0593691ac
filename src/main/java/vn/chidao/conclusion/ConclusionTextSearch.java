package vn.chidao.conclusion;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Words searched in a government's issued work, for the inbox's search box: directives by their content or their
 * conclusion's number, conclusions by their title or number. Case-insensitive; {@code %} and {@code _} are plain
 * characters.
 */
@Service
@Transactional(readOnly = true)
public class ConclusionTextSearch {

    /** The escape character of the LIKE patterns (a backslash reads differently on H2 and PostgreSQL). */
    private static final char ESCAPE = '!';

    private final EntityManager entities;

    ConclusionTextSearch(EntityManager entities) {
        this.entities = entities;
    }

    /** The ids of the government's directives whose content, or whose conclusion's number, contains {@code text}. */
    public List<Long> directiveIds(long governmentId, String text) {
        return entities.createQuery("select d.id from Directive d join d.conclusion c where c.governmentId = :g"
                        + " and (lower(d.content) like :p escape '" + ESCAPE + "'"
                        + " or lower(c.number) like :p escape '" + ESCAPE + "')", Long.class)
                .setParameter("g", governmentId).setParameter("p", pattern(text)).getResultList();
    }

    /** The process instances of the government's conclusions whose title or number contains {@code text}. */
    public List<String> conclusionProcessIds(long governmentId, String text) {
        return entities.createQuery("select c.processInstanceId from Conclusion c where c.governmentId = :g"
                        + " and c.processInstanceId is not null"
                        + " and (lower(c.title) like :p escape '" + ESCAPE + "'"
                        + " or lower(c.number) like :p escape '" + ESCAPE + "')", String.class)
                .setParameter("g", governmentId).setParameter("p", pattern(text)).getResultList();
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
