package vn.chidao.base.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the domain and the engine. It follows the system clock, but can be moved to
 * another instant (the demo loader replays history this way; the adjustable clock for demos builds
 * on it). Moving it moves Camunda's {@link ClockUtil} too, so timers and domain dates agree.
 */
public class AppClock extends Clock {

    private final Clock system;
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

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
        Instant at = fixed.get();
        return at != null ? at : system.instant();
    }

    /** Stops the clock at the given instant, for the domain and the engine. */
    public void travelTo(Instant at) {
        fixed.set(at);
        ClockUtil.setCurrentTime(Date.from(at));
    }

    /** Lets the clock follow the system clock again. */
    public void reset() {
        fixed.set(null);
        ClockUtil.reset();
    }
}
