package vn.chidao.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a person's last morning digest was made: their next one gathers the notifications since then. */
@Entity
@Table(name = "digest_mark")
class DigestMark {

    @Id
    @Column(length = 60)
    private String username;

    @Column(name = "last_sent_at", nullable = false)
    private Instant lastSentAt;

    protected DigestMark() {
    }

    DigestMark(String username, Instant lastSentAt) {
        this.username = username;
        this.lastSentAt = lastSentAt;
    }

    void sentAt(Instant at) {
        this.lastSentAt = at;
    }

    String getUsername() {
        return username;
    }

    Instant getLastSentAt() {
        return lastSentAt;
    }
}
