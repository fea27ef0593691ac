package vn.chidao.base.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the domain and the engine. It follows the system clock, runs at an offset to it (the
 * adjustable clock of demos and training, {@link #runFrom}), or stands still at an instant (the demo loader
 * replays history this way, tests fix the time, {@link #travelTo}). Every change moves Camunda's
 * {@link ClockUtil} too, so timers and domain dates agree: ClockUtil keeps the same offset to the system
 * time, or the same fixed instant.
 */
public class AppClock extends Clock {

    /** Frozen at {@code frozenAt}, or (when it is null) running {@code offsetMillis} ahead of the system clock. */
    private record Setting(Instant frozenAt, long offsetMillis) {
    }

    private static final Setting REAL_TIME = new Setting(null, 0);

    private final Clock system;
    private final AtomicReference<Setting> setting = new AtomicReference<>(REAL_TIME);

    /** A clock on {@code system}, which must be the system time (Camunda's ClockUtil counts from it). */
    public AppClock(Clock system) {
        this.system = system;
    }

    @Override
    public ZoneId getZone() {
        return Dates.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Setting now = setting.get();
        if (now.frozenAt() != null) {
            return now.frozenAt();
        }
        Instant real = system.instant();
        return now.offsetMillis() == 0 ? real : real.plusMillis(now.offsetMillis());
    }

    /** Stops the clock at the given instant, for the domain and the engine. */
    public void travelTo(Instant at) {
        setting.set(new Setting(at, 0));
        ClockUtil.setCurrentTime(Date.from(at));
    }

    /** Lets the clock run on from {@code at}: from now on it keeps the same distance to the system clock. */
    public void runFrom(Instant at) {
        runWithOffset(Duration.ofMillis(at.toEpochMilli() - system.millis()));
    }

    /** Lets the clock run {@code offset} ahead of the system clock (behind it if negative). */
    public void runWithOffset(Duration offset) {
        long millis = offset.toMillis();
        if (millis == 0) {
            reset();
            return;
        }
        setting.set(new Setting(null, millis));
        ClockUtil.offset(millis);
    }

    /** Lets the clock follow the system clock again. */
    public void reset() {
        setting.set(REAL_TIME);
        ClockUtil.reset();
    }

    /** Whether the clock stands still ({@link #travelTo}) rather than running. */
    public boolean isFrozen() {
        return setting.get().frozenAt() != null;
    }

    /** How far the clock is ahead of the system clock at this moment (negative: behind it). */
    public Duration offset() {
        Setting now = setting.get();
        return now.frozenAt() != null ? Duration.between(system.instant(), now.frozenAt())
                : Duration.ofMillis(now.offsetMillis());
    }
}
