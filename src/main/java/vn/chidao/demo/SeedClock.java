package vn.chidao.demo;

import java.time.Instant;

/**
 * How a replay moves time, the one way it does: {@link Replay} moves the clock to each step's moment through
 * this, so the processes' timers (reminders, overdue notices, escalations, periodic reports) fire on their own
 * dates as they would have. Implemented by {@link DueJobs} until the adjustable clock service can take its place.
 */
interface SeedClock {

    /**
     * Moves the domain's and the engine's clock to {@code at}, running on the way every engine job due by then,
     * each at its own due time, in due-date order. A move back in time (the next government's history starts
     * earlier) only sets the clock: nothing falls due on the way back.
     *
     * @return how many jobs ran
     */
    int advanceTo(Instant at);
}
