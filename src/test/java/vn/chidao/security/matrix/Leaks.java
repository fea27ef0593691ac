package vn.chidao.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The markers of each side's data, and what a caller must never find in an answer.
 *
 * <ul>
 *   <li>{@value #OTHER_GOVERNMENT} and government 2's code: everything of government 2 (its name, units, committee,
 *       notices, reports, usernames). No one of government 1 may see it.</li>
 *   <li>{@value #OTHER_UNIT_PRIVATE}: what unit B wrote (reports, progress notes, extension reasons, its notices).
 *       Unit A's people may not see it; the secretariat, leaders and admins of government 1 may.</li>
 *   <li>{@value #OTHER_UNIT_WORK}: the directives given to B. The issued notice is the whole government's, so A's
 *       people read them there ({@code notice} calls and screens), nowhere else (register, tasks, dashboard, export,
 *       notifications).</li>
 *   <li>{@value #OWN}: unit A's work, which A's people and the government's see.</li>
 * </ul>
 * The installation's administrator spans every government and is checked for nothing.
 */
final class Leaks {

    static final String OWN = "ALPHA";
    static final String OTHER_UNIT_WORK = "BETA-WORK";
    static final String OTHER_UNIT_PRIVATE = "BETA-PRIVATE";
    static final String OTHER_GOVERNMENT = "GAMMA";

    private final Pattern secondCode;

    /** @param secondGovernmentCode government 2's code, found as a word (usernames start with it) */
    Leaks(String secondGovernmentCode) {
        this.secondCode = Pattern.compile("(?i)\\b" + Pattern.quote(secondGovernmentCode) + "\\b");
    }

    /** What {@code who} may not find; {@code notice}: the answer is (or shows) an issued notice. */
    List<String> forbidden(Who who, boolean notice) {
        List<String> words = new ArrayList<>();
        if (who == Who.INST_ADMIN) {
            return words;
        }
        words.add(OTHER_GOVERNMENT);
        if (who.ofUnitA()) {
            words.add(OTHER_UNIT_PRIVATE);
            if (!notice) {
                words.add(OTHER_UNIT_WORK);
            }
        }
        return words;
    }

    void check(String answer, Who who, boolean notice, String what) {
        for (String word : forbidden(who, notice)) {
            assertThat(answer).as("%s shows %s: %s", what, word, excerpt(answer, word)).doesNotContain(word);
        }
        if (who != Who.INST_ADMIN) {
            assertThat(secondCode.matcher(answer).find()).as("%s names government 2 (%s): %s", what,
                    secondCode.pattern(), answer.length() > 400 ? answer.substring(0, 400) + "…" : answer).isFalse();
        }
    }

    private static String excerpt(String text, String word) {
        int at = text.indexOf(word);
        return at < 0 ? "" : "…" + text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 100)) + "…";
    }

    /**
     * The lists whose own side must show, so that a check finding nothing of the other side is not a check of an
     * empty answer.
     */
    static void shows(String key, Who who, String text) {
        List<String> wanted = switch (key) {
            case "GET /api/assignments", "GET /api/assignments/export.xlsx", "/register" -> who.ofUnitA()
                    ? List.of(OWN) : List.of(OWN, OTHER_UNIT_WORK);
            case "GET /api/tasks", "/" -> switch (who) {
                case FOCAL_POINT -> List.of(OWN);
                case SECRETARIAT, LEADER -> List.of(OWN, OTHER_UNIT_WORK);
                default -> List.of();
            };
            case "GET /api/notifications", "/notifications" -> List.of(OWN);
            case "GET /api/conclusions" -> List.of(OWN, OTHER_UNIT_WORK);
            default -> List.of();
        };
        wanted.forEach(word -> assertThat(text).as("%s for %s shows %s", key, who, word).contains(word));
    }
}
