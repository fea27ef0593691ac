package vn.chidao.base.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The clock's three modes, and Camunda's ClockUtil agreeing with each. */
@Tag("unit")
class AppClockTest {

    private static final Instant AT = Instant.parse("2031-03-02T01:00:00Z");

    private final AppClock clock = new AppClock(Clock.systemUTC());

    @AfterEach
    void resetEngineClock() {
        clock.reset();
    }

    @Test
    void travelToStopsBothClocks() {
        clock.travelTo(AT);

        assertThat(clock.isFrozen()).isTrue();
        assertThat(clock.instant()).isEqualTo(AT);
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(AT);
    }

    @Test
    void runFromLetsBothClocksRunOnFromThereAtTheSameOffset() {
        clock.travelTo(Instant.parse("2001-01-01T00:00:00Z"));

        clock.runFrom(AT);

        assertThat(clock.isFrozen()).isFalse();
        long before = clock.instant().toEpochMilli();
        long engine = ClockUtil.getCurrentTime().getTime();
        long after = clock.instant().toEpochMilli();
        assertThat(engine).isBetween(before - 5, after + 5);
        assertThat(clock.instant()).isBetween(AT, AT.plusSeconds(5));
        assertThat(clock.offset()).isBetween(Duration.between(Instant.now(), AT).minusSeconds(5),
                Duration.between(Instant.now(), AT).plusSeconds(5));
    }

    @Test
    void aZeroOffsetAndResetFollowTheSystemClock() {
        clock.runWithOffset(Duration.ofHours(5));
        assertThat(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis())
                .isBetween(Duration.ofHours(5).toMillis() - 1000, Duration.ofHours(5).toMillis() + 1000);

        clock.runWithOffset(Duration.ZERO);

        assertThat(clock.offset()).isZero();
        assertThat(Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis())).isLessThan(1000);
        clock.travelTo(AT);
        clock.reset();
        assertThat(clock.isFrozen()).isFalse();
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(1));
    }
}
