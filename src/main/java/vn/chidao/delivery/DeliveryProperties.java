package vn.chidao.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are sent ({@code chidao.delivery.*}).
 *
 * @param senderEnabled whether this node sends (tests send by calling the sender themselves)
 * @param pollInterval how often the sender looks for due deliveries (it is also woken after each commit that wrote some)
 * @param maxAttempts tries before a delivery is {@code FAILED}
 * @param firstRetry the wait after the first failure; it doubles with each further failure up to {@code maxRetry}
 * @param maxRetry the longest wait between two tries
 * @param timeout how long one SMTP or HTTP exchange may take
 */
@ConfigurationProperties("chidao.delivery")
public record DeliveryProperties(@DefaultValue("true") boolean senderEnabled,
                                 @DefaultValue("PT5S") Duration pollInterval,
                                 @DefaultValue("12") int maxAttempts,
                                 @DefaultValue("PT1M") Duration firstRetry,
                                 @DefaultValue("PT4H") Duration maxRetry,
                                 @DefaultValue("PT10S") Duration timeout) {

    /** The wait after the {@code failures}-th failed try: first, 2×first, 4×first … at most {@code maxRetry}. */
    Duration backoff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
        return wait.compareTo(maxRetry) > 0 || wait.isNegative() ? maxRetry : wait;
    }
}
