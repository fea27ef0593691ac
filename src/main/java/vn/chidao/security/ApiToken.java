package vn.chidao.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.chidao.base.time.Dates;

/** A personal access token: its owner, name, expiry and the SHA-256 of its value (the value is never kept). */
@Entity
@Audited
@Table(name = "api_token")
class ApiToken {

    /** How stale {@code lastUsedAt} may get before a call writes it again: a write per call would cost. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(nullable = false, length = 100)
    private String name;

    /** A secret: the audit records only that it changed. */
    @NotAudited
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(String username, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isValidAt(Instant at) {
        return at.isBefore(expiresAt);
    }

    boolean needsLastUsed(Instant at) {
        return lastUsedAt == null || lastUsedAt.plus(LAST_USED_PRECISION).isBefore(at);
    }

    TokenDto toDto() {
        return new TokenDto(id, name, Dates.local(createdAt), Dates.local(expiresAt), Dates.local(lastUsedAt));
    }

    Long getId() {
        return id;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    String getUsername() {
        return username;
    }
}
