package vn.chidao.security;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;

/**
 * Personal access tokens, for integrations: a bearer token costs a SHA-256 and one indexed read per call where
 * HTTP Basic costs a bcrypt (~75 ms). A token is {@code chd_} and 256 random bits (base64url); only its SHA-256 is
 * stored, so a leaked table gives no usable token. It carries its owner's roles as they are at each call (a
 * disabled owner's tokens stop working), read at most {@link RecentTokens#RECHECK} before on another node of a
 * cluster. A user manages their own; an admin creates them for the technical
 * accounts they administer.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TokenService {

    /** Tokens live at most this long: an integration renews its token at least yearly. */
    static final Duration LONGEST = Duration.ofDays(366);
    /** More than this many tokens per user is a leak waiting to happen. */
    static final int MOST_PER_USER = 20;
    static final String PREFIX = "chd_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserService users;
    private final UserAccountService accounts;
    private final AppClock clock;
    private final RecentTokens recent;
    private final TransactionTemplate transactions;

    TokenService(ApiTokenRepository tokens, UserService users, UserAccountService accounts, AppClock clock,
                 RecentTokens recent, PlatformTransactionManager transactionManager) {
        this.tokens = tokens;
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
        this.recent = recent;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A token for the caller. 400 on {@code name} or {@code expiresAt} (past, or more than a year ahead). */
    @Transactional
    public CreatedToken create(Actor actor, @Valid NewToken input) {
        return createFor(actor.username(), input);
    }

    /** An admin's token for a (technical) account they administer; 403/404 as for changing that user. */
    @Transactional
    public CreatedToken createForUser(Actor actor, String username, @Valid NewToken input) {
        return createFor(accounts.administeredUsername(actor, username), input);
    }

    public List<TokenDto> mine(Actor actor) {
        return tokens.findByUsernameIgnoreCaseOrderByCreatedAtDescIdDesc(actor.username()).stream()
                .map(ApiToken::toDto).toList();
    }

    /** Revokes one of the caller's tokens at once; 404 for an unknown id or another's token. */
    @Transactional
    public void revoke(Actor actor, long id) {
        ApiToken token = tokens.findById(id).filter(t -> t.getUsername().equalsIgnoreCase(actor.username()))
                .orElseThrow(() -> new NotFoundException("error.token.notFound", id));
        tokens.delete(token);
        recent.forgetToken(token.getTokenHash());
    }

    /**
     * The owner of a valid token, or empty: unknown, expired, or its owner gone or disabled. A token seen valid in
     * the last seconds is answered from {@link RecentTokens} without a transaction or a read.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<UserDetails> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(presented);
        Optional<UserDetails> seen = recent.owner(hash, now);
        return seen.isPresent() ? seen : transactions.execute(status -> lookUp(hash, now));
    }

    private Optional<UserDetails> lookUp(String hash, Instant now) {
        Optional<ApiToken> found = tokens.findByTokenHash(hash).filter(t -> t.isValidAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        UserDetails owner;
        try {
            owner = users.loadUserByUsername(token.getUsername());
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
        if (!owner.isEnabled()) {
            return Optional.empty();
        }
        if (token.needsLastUsed(now)) {
            tokens.markUsed(token.getId(), now);
        }
        recent.remember(hash, token.getUsername(), owner, token.getExpiresAt());
        return Optional.of(owner);
    }

    private CreatedToken createFor(String username, NewToken input) {
        Instant now = clock.instant();
        Instant expiresAt = input.expiresAt().toInstant();
        if (expiresAt.isAfter(now.plus(LONGEST))) {
            throw InvalidInputException.of("expiresAt", "error.token.tooLong");
        }
        if (!expiresAt.isAfter(now)) {
            throw InvalidInputException.of("expiresAt", "error.token.past");
        }
        if (tokens.countByUsernameIgnoreCase(username) >= MOST_PER_USER) {
            throw InvalidInputException.of("name", "error.token.tooMany", MOST_PER_USER);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(username, input.name().trim(), hash(value), now, expiresAt));
        return new CreatedToken(saved.getId(), input.name().trim(), Dates.local(expiresAt), value);
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
