package vn.chidao.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;

/**
 * The adjustable clock (property {@code chidao.clock.adjustable}): moves the time of the domain and the engine
 * forward, never back, and returns once every job due by the new time has run, each at its own due time, so a
 * quarter of reminders and overdue notices plays out in one call.
 * <p>
 * One move at a time: a second caller gets 409 while one runs. The job executor is paused meanwhile. Each job
 * runs in its own transaction, so this service has none: what ran stays done if a later job fails.
 */
@Service
public class ClockService {

    private static final Logger log = LoggerFactory.getLogger(ClockService.class);

    private final AppClock clock;
    private final EngineJobs jobs;
    private final ClockSettingRepository settings;
    private final boolean adjustable;
    private final int maxJobs;
    private final ReentrantLock moving = new ReentrantLock();

    ClockService(AppClock clock, EngineJobs jobs, ClockSettingRepository settings,
                 @Value("${chidao.clock.adjustable:false}") boolean adjustable,
                 @Value("${chidao.clock.max-jobs:10000}") int maxJobs) {
        this.clock = clock;
        this.jobs = jobs;
        this.settings = settings;
        this.adjustable = adjustable;
        this.maxJobs = maxJobs;
    }

    /** Whether this installation lets the clock be moved; when not, it follows real time. */
    public boolean isAdjustable() {
        return adjustable;
    }

    /** The time, whether it can be moved, and how far ahead of real time it is; for any ADMIN. */
    public ClockState state(Actor actor) {
        actor.require(Role.ADMIN);
        return new ClockState(Dates.local(clock.instant().truncatedTo(ChronoUnit.SECONDS)), adjustable,
                clock.offset().toSeconds());
    }

    /** {@link #advanceTo(Actor, Instant, Consumer)} without progress reports. */
    public ClockAdvance advanceTo(Actor actor, Instant target) {
        return advanceTo(actor, target, progress -> {
        });
    }

    /**
     * Moves the clock to {@code target}, running every job due by then in due-date order, the clock stepped to
     * each one's due time first (jobs without a due date run at the step they appear at); a running clock then
     * runs on from the target, a frozen one ({@link AppClock#travelTo}, tests) stays there. The new offset to
     * real time is kept for the next start. Only the installation's administrator moves it (403); 409 when the
     * installation does not allow it or another move runs; 400 (field {@code now}) without a target or before
     * the current time. After {@code chidao.clock.max-jobs} job runs it stops at the step it reached.
     *
     * @param progress told the step and the counts after each step and each job, on the calling thread
     */
    public ClockAdvance advanceTo(Actor actor, Instant target, Consumer<ClockAdvance> progress) {
        requireAdjuster(actor);
        if (target == null) {
            throw InvalidInputException.of("now", "error.clock.required");
        }
        return oneAtATime(() -> move(actor, target, progress));
    }

    /** Moves the clock {@code period} ahead of its time (days and months as in Asia/Ho_Chi_Minh), as advanceTo. */
    public ClockAdvance advanceBy(Actor actor, Period period) {
        requireAdjuster(actor);
        return oneAtATime(() -> move(actor, clock.instant().atZone(Dates.ZONE).plus(period).toInstant(),
                progress -> {
                }));
    }

    /**
     * Back to real time, forgetting the kept offset: for tests and for code leaving a demo; neither the API nor
     * the screen offers it, as jobs that ran early stay done.
     */
    public void resetToRealTime(Actor actor) {
        requireInstallationAdmin(actor);
        oneAtATime(() -> {
            clock.reset();
            settings.deleteAll();
            return null;
        });
    }

    /**
     * For code that replays a history on its own dates (the demo loader), in the caller's transaction: freezes
     * the clock at {@code target}, running first every job due on the way as {@link #advanceTo} does. A target
     * before the clock's time only sets the clock (nothing falls due on the way back). A job that fails fails
     * the replay. Nothing is kept for the next start.
     *
     * @return how many jobs ran
     */
    public int replayTo(Instant target) {
        Instant start = clock.instant();
        if (!target.isAfter(start)) {
            clock.travelTo(target);
            return 0;
        }
        ClockMove move = new ClockMove(clock, jobs, start, target, maxJobs, progress -> {
        });
        move.run();
        ClockAdvance result = move.result();
        if (result.jobsFailed() > 0 || move.reached().isBefore(target)) {
            throw new IllegalStateException(result.jobsFailed() + " jobs failed, " + result.jobsExecuted()
                    + " ran, on the way from " + Dates.format(start) + " to " + Dates.format(target));
        }
        clock.travelTo(target);
        return result.jobsExecuted();
    }

    /** On start: a kept offset moves the clock ahead again, if the installation allows it. */
    void restoreSaved() {
        Optional<ClockSetting> saved = settings.findById(ClockSetting.ID);
        if (saved.isEmpty()) {
            return;
        }
        Duration offset = Duration.ofMillis(saved.get().getOffsetMillis());
        if (!adjustable) {
            log.warn("A clock offset of {} is stored, but chidao.clock.adjustable is false: the clock follows real"
                    + " time", readable(offset));
            return;
        }
        clock.runWithOffset(offset);
        log.info("Clock restored: {} ahead of real time (set to {} by {}), now {}", readable(offset),
                Dates.format(saved.get().getSetTo()), saved.get().getSetBy(), Dates.format(clock.instant()));
    }

    /** "90 d 16:10" rather than PT2176H10M. */
    private static String readable(Duration offset) {
        Duration abs = offset.abs();
        return String.format("%s%d d %02d:%02d", offset.isNegative() ? "-" : "", abs.toDays(), abs.toHoursPart(),
                abs.toMinutesPart());
    }

    private ClockAdvance move(Actor actor, Instant target, Consumer<ClockAdvance> progress) {
        Instant start = clock.instant();
        if (target.isBefore(start)) {
            throw InvalidInputException.of("now", "error.clock.backwards", Dates.format(start));
        }
        boolean frozen = clock.isFrozen();
        ClockMove move = new ClockMove(clock, jobs, start, target, maxJobs, progress);
        try (EngineJobs.Pause paused = jobs.pauseExecutor()) {
            move.run();
        } finally {
            settle(actor, move.reached(), frozen);
        }
        ClockAdvance result = move.result();
        log.info("{} moved the clock from {} to {}: {} jobs ran, {} failed", actor.username(), Dates.format(start),
                Dates.format(move.reached()), result.jobsExecuted(), result.jobsFailed());
        return result;
    }

    /** Sets the clock where the move ended and keeps its offset; a failure to keep it only costs a restart. */
    private void settle(Actor actor, Instant reached, boolean frozen) {
        if (frozen) {
            clock.travelTo(reached);
        } else {
            clock.runFrom(reached);
        }
        try {
            settings.save(new ClockSetting(clock.offset().toMillis(), reached, actor.username()));
        } catch (RuntimeException e) {
            log.error("The clock offset could not be kept; a restart would set the clock back", e);
        }
    }

    private void requireAdjuster(Actor actor) {
        requireInstallationAdmin(actor);
        if (!adjustable) {
            throw new ConflictException("error.clock.notAdjustable");
        }
    }

    /** The clock is the whole installation's: a government's administrator may read it, not move it. */
    private static void requireInstallationAdmin(Actor actor) {
        actor.require(Role.ADMIN);
        if (!actor.isInstallationAdmin()) {
            throw new ForbiddenException("error.clock.installationAdmin");
        }
    }

    private <T> T oneAtATime(Supplier<T> change) {
        if (!moving.tryLock()) {
            throw new ConflictException("error.clock.busy");
        }
        try {
            return change.get();
        } finally {
            moving.unlock();
        }
    }
}
