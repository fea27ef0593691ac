package vn.chidao.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What an ongoing directive's assignment needs of its reporting periods: to list them on its detail, and to file
 * the unit's report under the open one. The assignment owns this interface and the periodic feature implements
 * it, so the dependency runs one way.
 */
public interface ReportingPeriods {

    /**
     * The open period of each of these assignments whose report is late on {@code today} (the overdue rule of
     * {@link TaskUrgencies}): assignment id to the period's number; absent when none is late.
     */
    Map<Long, Integer> latePeriods(Collection<Long> assignmentIds, LocalDate today);

    /** The periods so far, the first first, each judged on {@code today}. */
    List<PeriodicReportView> of(long assignmentId, LocalDate today);

    /**
     * The unit's report for the open (latest) period; 409 when no period is open.
     *
     * @return the period's number
     */
    int submit(long assignmentId, String text, String by, Instant at);
}
