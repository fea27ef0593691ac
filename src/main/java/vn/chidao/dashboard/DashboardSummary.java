package vn.chidao.dashboard;

/**
 * The official split of assignments by deadline, as of today, and the ongoing ones (which have no deadline and
 * are counted whatever the period). Cancelled assignments are not counted.
 */
public record DashboardSummary(long doneOnTime, long doneLate, long openOnTime, long openOverdue, long ongoing) {
}
