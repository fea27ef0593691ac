package vn.chidao.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tokens that proved valid in the last {@link #RECHECK}, with their owner as read then, so that an integration
 * calling many times a second costs a SHA-256 and a map lookup, not four reads (issue 11: a token call under 5 ms).
 * A token's own expiry is still checked at every call. Revoking a token, or changing its owner (disabled, roles,
 * unit, a substitution), forgets it here at once, on this node; another node of a cluster sees the change within
 * {@link #RECHECK}.
 */
@Component
class RecentTokens {

    static final Duration RECHECK = Duration.ofSeconds(10);

    private record Seen(String username, UserDetails owner, Instant expiresAt) {
    }

    private final Cache<String, Seen> seen = Caffeine.newBuilder().expireAfterWrite(RECHECK)
            .maximumSize(10_000).build();

    Optional<UserDetails> owner(String tokenHash, Instant now) {
        Seen found = seen.getIfPresent(tokenHash);
        return found == null || !found.expiresAt().isAfter(now) ? Optional.empty() : Optional.of(found.owner());
    }

    void remember(String tokenHash, String username, UserDetails owner, Instant expiresAt) {
        seen.put(tokenHash, new Seen(username, owner, expiresAt));
    }

    void forgetToken(String tokenHash) {
        afterCommit(() -> seen.invalidate(tokenHash));
    }

    /** Forgets every token of {@code username}: now, and again when the changing transaction commits. */
    void forgetOwner(String username) {
        afterCommit(() -> seen.asMap().values().removeIf(s -> s.username().equalsIgnoreCase(username)));
    }

    private static void afterCommit(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        }
    }
}
