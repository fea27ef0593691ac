package vn.chidao.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A government's chat webhook: where its notifications are POSTed, and the secret that signs them. */
@Entity
@Audited
@Table(name = "webhook")
class Webhook {

    @Id
    @Column(name = "government_id")
    private Long governmentId;

    @Column(nullable = false, length = 500)
    private String url;

    /** A secret: the audit records only that it changed. */
    @NotAudited
    @Column(nullable = false, length = 200)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected Webhook() {
    }

    Webhook(Long governmentId) {
        this.governmentId = governmentId;
    }

    void set(String url, String secret, boolean enabled, Instant at, String by) {
        this.url = url;
        this.secret = secret;
        this.enabled = enabled;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String getUrl() {
        return url;
    }

    String getSecret() {
        return secret;
    }

    boolean isEnabled() {
        return enabled;
    }

    WebhookDto toDto() {
        return new WebhookDto(url, enabled, secret != null && !secret.isEmpty());
    }
}
