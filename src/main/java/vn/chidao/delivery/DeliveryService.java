package vn.chidao.delivery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;

/**
 * The outbox as operators see it: deliveries by status, scoped to the admin's government (every government for
 * the installation's admin), with "retry now"; and whether the email channel is on.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryService {

    private final DeliveryRepository deliveries;
    private final EmailChannel email;
    private final DeliverySender sender;
    private final AppClock clock;

    DeliveryService(DeliveryRepository deliveries, EmailChannel email, DeliverySender sender, AppClock clock) {
        this.deliveries = deliveries;
        this.email = email;
        this.sender = sender;
        this.clock = clock;
    }

    /** Newest first; {@code status} null for all. 403 but for an ADMIN. */
    public Page<DeliveryDto> page(Actor actor, DeliveryStatus status, Pageable pageable) {
        actor.require(Role.ADMIN);
        return deliveries.search(actor.governmentId(), status, pageable).map(Delivery::toDto);
    }

    /** A failed delivery gets its tries again, a pending one goes now; 409 for one already sent, 404 elsewhere. */
    @Transactional
    public DeliveryDto retry(Actor actor, long id) {
        actor.require(Role.ADMIN);
        Delivery delivery = deliveries.findById(id)
                .filter(d -> actor.governmentId() == null || actor.governmentId().equals(d.getGovernmentId()))
                .orElseThrow(() -> new NotFoundException("error.delivery.notFound", id));
        if (delivery.getStatus() == DeliveryStatus.SENT) {
            throw new ConflictException("error.delivery.sent");
        }
        delivery.retryNow(clock.instant());
        sender.wakeAfterCommit();
        return delivery.toDto();
    }

    /** How many deliveries of every government have this status: the operators' health and metrics. */
    public long count(DeliveryStatus status) {
        return deliveries.countByStatus(status);
    }

    /** Where email goes ({@code host:port}), or null when no mail server is set and the channel is off. */
    public String emailServer() {
        return email.server();
    }
}
