package vn.chidao.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import vn.chidao.delivery.DeliveryService;
import vn.chidao.delivery.DeliveryStatus;

/**
 * Health component {@code deliveries}: the outbox of email and webhook deliveries. Always UP (a delivery that
 * failed is the recipient's or the mail server's trouble, not this node's; the {@code chidao.deliveries} gauge
 * is what to alert on); details: {@code pending}, {@code failed}, {@code emailConfigured} and {@code emailServer}.
 */
@Component
class DeliveriesHealthIndicator extends AbstractHealthIndicator {

    private final DeliveryService deliveries;

    DeliveriesHealthIndicator(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String server = deliveries.emailServer();
        builder.up()
                .withDetail("pending", deliveries.count(DeliveryStatus.PENDING))
                .withDetail("failed", deliveries.count(DeliveryStatus.FAILED))
                .withDetail("emailConfigured", server != null);
        if (server != null) {
            builder.withDetail("emailServer", server);
        }
    }
}
