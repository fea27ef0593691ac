package vn.chidao.notification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Who stands in for whom (ủy quyền), asked when a notification is recorded: the substitute of an absent recipient
 * is told too. Implemented by the feature that keeps substitutes, so this one depends on nobody.
 */
public interface Substitutes {

    /** The people substituting on {@code day} for any of {@code usernames}. */
    Set<String> substitutesOf(Collection<String> usernames, LocalDate day);
}
