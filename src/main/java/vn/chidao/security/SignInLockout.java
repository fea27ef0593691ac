package vn.chidao.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;

/**
 * Five failed sign-ins in a row for one username from one client address lock that pair for 15 minutes: the
 * screens' sign-in form and the API's HTTP Basic alike (tokens are not passwords and pass untouched). A locked
 * attempt is answered as a wrong password, known username or not, so the lock tells nothing; the same username
 * from another address is not locked, so no one locks a person out from elsewhere. A success clears the count. The
 * counts are rows of the database, so every node agrees, and follow the application's clock. An administrator lifts
 * a lock at once.
 */
@Service
@Transactional(readOnly = true)
public class SignInLockout {

    static final int MOST_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    /** A day after its last failure a pair's row (not locked any more) is deleted. */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);
    private static final int LONGEST_USERNAME = 100;
    private static final int LONGEST_ADDRESS = 64;
    private static final Logger log = LoggerFactory.getLogger(SignInLockout.class);

    private final SignInFailureRepository failures;
    private final UserRepository users;
    private final UserAccountService accounts;
    private final AppClock clock;

    SignInLockout(SignInFailureRepository failures, UserRepository users, UserAccountService accounts,
                  AppClock clock) {
        this.failures = failures;
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What is on record for a pair before it tries to sign in. */
    record Standing(boolean locked, boolean failedBefore) {
    }

    Standing standing(String username, String address) {
        Optional<SignInFailure> found = failures.findById(key(username, address));
        return new Standing(found.map(f -> f.isLockedAt(clock.instant())).orElse(false), found.isPresent());
    }

    /** Counts a failed sign-in; the {@value #MOST_FAILURES}th in a row locks the pair (and says so in the log). */
    @Transactional
    void failed(String username, String address) {
        SignInFailure.Key key = key(username, address);
        Instant now = clock.instant();
        Optional<SignInFailure> found = failures.findForUpdate(key.username(), key.clientAddress());
        if (found.isEmpty()) {
            // Two first failures at once: one insert breaks the primary key and the caller counts it again.
            failures.saveAndFlush(new SignInFailure(key, now));
        } else if (found.get().fail(now, MOST_FAILURES, LOCK)) {
            // The username only if it is a user's: people type their password in the username field by mistake.
            String who = users.existsByUsernameIgnoreCase(username) ? "'" + key.username() + "'" : "an unknown username";
            log.warn("Sign-in of {} from {} locked for {} minutes after {} failures in a row", who,
                    key.clientAddress(), LOCK.toMinutes(), found.get().getFailures());
        }
        failures.deleteStale(now.minus(FORGOTTEN_AFTER), now);
    }

    /**
     * Counts a failure found inside another transaction that is about to fail (a wrong current password): the count
     * is committed on its own and stays. Two first failures at once: the second is counted again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failedApart(String username, String address) {
        failed(username, address);
    }

    /** A successful sign-in clears the pair's count. */
    @Transactional
    void succeeded(String username, String address) {
        failures.deleteById(key(username, address));
    }

    /**
     * An administrator lets {@code username} sign in again from everywhere at once. 404 an unknown user, 403 a user
     * the caller does not administer (another government's), as for every change of a user.
     */
    @Transactional
    public void unlock(Actor actor, String username) {
        String name = accounts.administeredUsername(actor, username);
        if (failures.deleteByUsername(name.toLowerCase(Locale.ROOT)) > 0) {
            log.info("Sign-in of '{}' unlocked by {}", name, actor.username());
        }
    }

    /** Which of these users (of a page of the users screen) are locked out from some address now. */
    public Set<String> lockedOut(Actor actor, Collection<String> usernames) {
        actor.require(Role.ADMIN);
        if (usernames.isEmpty()) {
            return Set.of();
        }
        List<String> lower = usernames.stream().map(u -> u.toLowerCase(Locale.ROOT)).toList();
        return Set.copyOf(failures.lockedAmong(lower, clock.instant()));
    }

    private static SignInFailure.Key key(String username, String address) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return new SignInFailure.Key(cut(name, LONGEST_USERNAME), cut(address, LONGEST_ADDRESS));
    }

    private static String cut(String text, int longest) {
        return text.length() > longest ? text.substring(0, longest) : text;
    }
}
