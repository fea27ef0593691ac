package vn.chidao.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipient = :recipient order by n.at desc, n.id desc")
    Page<Notification> findByRecipient(String recipient, Pageable pageable);

    @Query("""
            select n from Notification n where n.recipient = :recipient and n.kind in :kinds
            and n.at > :after and n.at <= :upTo order by n.at, n.id""")
    List<Notification> findSince(
            String recipient, Collection<NotificationKind> kinds, Instant after, Instant upTo);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :when where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant when);
}
