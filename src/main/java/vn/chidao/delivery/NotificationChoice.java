package vn.chidao.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.envers.Audited;
import vn.chidao.notification.NotificationKind;

/** A person's choice for one kind of notification; without a row the kind is sent immediately. */
@Entity
@Audited
@Table(name = "notification_choice")
@IdClass(NotificationChoice.Key.class)
class NotificationChoice {

    record Key(String username, NotificationKind kind) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(length = 60)
    private String username;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryMode mode;

    protected NotificationChoice() {
    }

    NotificationChoice(String username, NotificationKind kind, DeliveryMode mode) {
        this.username = username;
        this.kind = kind;
        this.mode = mode;
    }

    void choose(DeliveryMode mode) {
        this.mode = mode;
    }

    NotificationKind getKind() {
        return kind;
    }

    DeliveryMode getMode() {
        return mode;
    }
}
