package vn.chidao.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

    /**
     * The next due delivery, locked for this transaction; rows another node holds are skipped, not waited for, so
     * two senders never take the same one (PostgreSQL and H2 alike).
     */
    @Query(value = """
            select id from delivery where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id limit 1 for update skip locked""", nativeQuery = true)
    Optional<Long> claimNext(Instant now);

    @Query("""
            select d from Delivery d where (:governmentId is null or d.governmentId = :governmentId)
            and (:status is null or d.status = :status)""")
    Page<Delivery> search(Long governmentId, DeliveryStatus status, Pageable pageable);

    List<Delivery> findByNotificationIdOrderById(long notificationId);

    long countByStatus(DeliveryStatus status);
}
