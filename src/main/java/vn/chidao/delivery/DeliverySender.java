package vn.chidao.delivery;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chidao.base.time.AppClock;

/**
 * Sends due deliveries on its own thread, never on a request's or the job executor's. Each delivery is claimed
 * and sent in a transaction of its own: the row is locked ({@code FOR UPDATE SKIP LOCKED}, see {@link DeliveryRepository#lockIfDue}) while it is sent, so
 * another node skips it, and its outcome (sent, or the next try after a backoff, or failed) commits with the
 * lock's release. A crash after the server accepted a message and before the commit leaves the row pending: that
 * one message goes out once more after the restart.
 */
@Component
class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final Object WAKE_KEY = new Object();
    /** How many due deliveries a sender looks at to find one that no other node is sending. */
    private static final Pageable CANDIDATES = PageRequest.of(0, 16);

    /** What one round did: delivered, failed tries (to be retried or given up), and whether a channel was down. */
    record Round(int sent, int failed) {
    }

    private final DeliveryRepository deliveries;
    private final Channels channels;
    private final DeliveryProperties properties;
    private final TransactionTemplate transaction;
    private final AppClock clock;
    private final AtomicBoolean queued = new AtomicBoolean();
    private ScheduledExecutorService executor;

    DeliverySender(DeliveryRepository deliveries, Channels channels, DeliveryProperties properties,
                   PlatformTransactionManager transactions, AppClock clock) {
        this.deliveries = deliveries;
        this.channels = channels;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Starts polling once the application is ready: deliveries left pending by a restart go out now. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!properties.senderEnabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chidao-delivery");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
        log.info("Delivery sender started (every {} ms)", every);
    }

    @PreDestroy
    synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /** After the current transaction commits, send what it wrote without waiting for the next poll. */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(WAKE_KEY)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(WAKE_KEY, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_KEY);
                if (status == STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    private void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && queued.compareAndSet(false, true)) {
            running.execute(this::poll);
        }
    }

    private void poll() {
        queued.set(false);
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Delivery round failed: {}", e.toString());
        }
    }

    /**
     * Sends every delivery due now, one transaction each, until none is left or a channel is down (then the rest
     * wait for the next round instead of each waiting for a time-out).
     */
    Round sendDue() {
        int sent = 0;
        int failed = 0;
        while (!Thread.currentThread().isInterrupted()) {
            Outcome outcome = transaction.execute(status -> sendNext());
            if (outcome == null || outcome == Outcome.NONE) {
                break;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            } else {
                failed++;
                if (outcome == Outcome.CHANNEL_DOWN) {
                    break;
                }
            }
        }
        if (sent + failed > 0) {
            log.info("Deliveries: {} sent, {} failed tries", sent, failed);
        }
        return new Round(sent, failed);
    }

    private enum Outcome { NONE, SENT, FAILED, CHANNEL_DOWN }

    private Outcome sendNext() {
        Instant now = clock.instant();
        Long id = claim(now);
        if (id == null) {
            return Outcome.NONE;
        }
        Delivery delivery = deliveries.findById(id).orElseThrow();
        try {
            channels.send(delivery);
            delivery.sent(clock.instant());
            return Outcome.SENT;
        } catch (DeliveryFailure e) {
            fail(delivery, e.getMessage());
            return e.channelDown() ? Outcome.CHANNEL_DOWN : Outcome.FAILED;
        } catch (RuntimeException e) {
            fail(delivery, e.toString());
            return Outcome.FAILED;
        }
    }

    /** The first due delivery no other node holds, locked; null when there is none. */
    private Long claim(Instant now) {
        for (Long candidate : deliveries.dueIds(now, CANDIDATES)) {
            Long locked = deliveries.lockIfDue(candidate, now).orElse(null);
            if (locked != null) {
                return locked;
            }
        }
        return null;
    }

    private void fail(Delivery delivery, String error) {
        delivery.failed(clock.instant(), error, properties.backoff(delivery.getAttempts() + 1),
                properties.maxAttempts());
        log.warn("Delivery {} ({} to {}) failed, try {}: {}", delivery.getId(), delivery.getChannel(),
                delivery.getRecipient(), delivery.getAttempts(), error);
    }
}
