package vn.chidao.clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, sets the clock as far ahead of real time as it was when the application stopped, so a restarted
 * demo does not go back in time. Runs after the demo seeds (which replay history on their own dates and then
 * reset the clock) and before Camunda's job executor starts (on ApplicationReadyEvent).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ClockStartup implements ApplicationRunner {

    private final ClockService clock;

    ClockStartup(ClockService clock) {
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        clock.restoreSaved();
    }
}
