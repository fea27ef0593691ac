package vn.chidao.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The failed sign-ins in a row of one username from one client address, and until when that pair is locked. */
@Entity
@Table(name = "sign_in_failure")
@IdClass(SignInFailure.Key.class)
class SignInFailure {

    @Id
    @Column(length = 100)
    private String username;

    @Id
    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInFailure() {
    }

    /** The first failure of the pair. */
    SignInFailure(Key key, Instant at) {
        this.username = key.username;
        this.clientAddress = key.clientAddress;
        this.failures = 1;
        this.lastFailureAt = at;
    }

    boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /**
     * One more failure at {@code at}; the {@code most}-th in a row locks the pair for {@code lock}. After a lock has
     * run out the count starts again. Returns whether this failure locked it.
     */
    boolean fail(Instant at, int most, Duration lock) {
        if (lockedUntil != null && !at.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = at;
        if (failures >= most && lockedUntil == null) {
            lockedUntil = at.plus(lock);
            return true;
        }
        return false;
    }

    int getFailures() {
        return failures;
    }

    /** The primary key: username (lower case) and client address. */
    static class Key implements Serializable {

        private String username;
        private String clientAddress;

        protected Key() {
        }

        Key(String username, String clientAddress) {
            this.username = username;
            this.clientAddress = clientAddress;
        }

        String username() {
            return username;
        }

        String clientAddress() {
            return clientAddress;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.username.equals(username)
                    && key.clientAddress.equals(clientAddress);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, clientAddress);
        }
    }
}
