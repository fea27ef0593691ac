package vn.chidao.clock;

import java.time.OffsetDateTime;

/**
 * What moving the clock did: where it is now (Asia/Ho_Chi_Minh), how many due jobs ran, and how many jobs
 * failed (each counted once, however often it was retried). While the move runs, the same record reports
 * progress: the step the clock is at and the counts so far.
 */
public record ClockAdvance(OffsetDateTime now, int jobsExecuted, int jobsFailed) {
}
