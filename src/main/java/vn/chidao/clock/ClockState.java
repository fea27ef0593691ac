package vn.chidao.clock;

import java.time.OffsetDateTime;

/**
 * The clock as the administration reads it: the time (Asia/Ho_Chi_Minh), whether this installation lets it be
 * moved, and how many seconds it is ahead of real time.
 */
public record ClockState(OffsetDateTime now, boolean adjustable, long offsetSeconds) {
}
