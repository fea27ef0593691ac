package vn.chidao.inbox;

import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import vn.chidao.base.InvalidInputException;

/**
 * What the inbox lists of the caller's open tasks.
 *
 * @param kinds the kinds of task; empty for all
 * @param quick a quick filter, or null
 * @param text words of the directive's content or the conclusion's number (or a conclusion's title), or null
 */
public record InboxFilter(Set<TaskKind> kinds, QuickFilter quick, String text) {

    public static final int MAX_TEXT = 200;
    public static final InboxFilter ALL = new InboxFilter(Set.of(), null, null);

    /** Blank text means none; more than {@value #MAX_TEXT} characters is 400 on {@code text}. */
    public InboxFilter {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        text = StringUtils.trimToNull(text);
        if (text != null && text.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "error.inbox.textLength", MAX_TEXT);
        }
    }

    public static InboxFilter of(Set<TaskKind> kinds) {
        return new InboxFilter(kinds, null, null);
    }

    public InboxFilter withQuick(QuickFilter filter) {
        return new InboxFilter(kinds, filter, text);
    }

    public InboxFilter withText(String words) {
        return new InboxFilter(kinds, quick, words);
    }
}
