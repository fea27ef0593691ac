package vn.chidao.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

    /** The ids of deliveries due now, oldest first (unlocked: candidates for {@link #lockIfDue}). */
    @Query("""
            select d.id from Delivery d where d.status = vn.chidao.delivery.DeliveryStatus.PENDING
            and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id""")
    List<Long> dueIds(Instant now, Pageable pageable);

    /**
     * Locks one delivery for this transaction if it is still due; a row another node holds is skipped, not waited
     * for, so two senders never take the same one. By id, one row at a time: H2 applies a LIMIT before it skips
     * locked rows, so a "first due row, skip locked" query would find nothing there while another node sends.
     */
    @Query(value = """
            select id from delivery where id = :id and status = 'PENDING' and next_attempt_at <= :now
            for update skip locked""", nativeQuery = true)
    Optional<Long> lockIfDue(long id, Instant now);

    @Query("""
            select d from Delivery d where (:governmentId is null or d.governmentId = :governmentId)
            and (:status is null or d.status = :status)""")
    Page<Delivery> search(Long governmentId, DeliveryStatus status, Pageable pageable);

    List<Delivery> findByNotificationIdOrderById(long notificationId);

    long countByStatus(DeliveryStatus status);
}
