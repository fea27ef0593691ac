package vn.chidao.operations;

import java.util.Map;

/**
 * One reading of the figures operators watch, across every government.
 *
 * @param open open assignments (not done, not cancelled) per government code
 * @param overdue open overdue assignments ({@code OPEN_OVERDUE}, as the register counts them) per government code
 * @param jobsDue the engine's jobs due now with retries left and not suspended: the job executor's backlog
 * @param jobsFailed the engine's jobs with no retries left
 * @param incidents the engine's open incidents
 */
record Figures(Map<String, Long> open, Map<String, Long> overdue, long deliveriesPending, long deliveriesFailed,
               long jobsDue, long jobsFailed, long incidents) {
}
