package vn.chidao.delivery;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.chidao.notification.NotificationKind;

interface NotificationChoiceRepository extends JpaRepository<NotificationChoice, NotificationChoice.Key> {

    List<NotificationChoice> findByUsername(String username);

    @Query("select c.mode from NotificationChoice c where c.username = :username and c.kind = :kind")
    Optional<DeliveryMode> modeOf(String username, NotificationKind kind);

    /** The people who gather at least one kind into the digest. */
    @Query("select distinct c.username from NotificationChoice c where c.mode = vn.chidao.delivery.DeliveryMode.DIGEST")
    List<String> digestReaders();
}
