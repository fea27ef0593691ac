package vn.chidao.demo;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health {@code demoLoading} (in the readiness group): out of service while the demo loads. */
@Component
class DemoLoadingHealthIndicator implements HealthIndicator {

    private final DemoLoading loading;

    DemoLoadingHealthIndicator(DemoLoading loading) {
        this.loading = loading;
    }

    @Override
    public Health health() {
        return loading.progress()
                .map(p -> Health.outOfService().withDetail("government", String.valueOf(p.government()))
                        .withDetail("number", p.number()).withDetail("total", p.total()).build())
                .orElseGet(() -> Health.up().build());
    }
}
