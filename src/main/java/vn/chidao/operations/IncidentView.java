package vn.chidao.operations;

import java.time.OffsetDateTime;

/**
 * An open incident of the process engine, as the admin screen and {@code GET /api/admin/incidents} show it.
 *
 * @param at when the incident was raised, Asia/Ho_Chi_Minh
 * @param processKey the key of the process it happened in (e.g. {@code directive-assignment})
 * @param activityId the BPMN element that failed
 * @param message the error of the last try
 * @param businessKey the process instance's business key: the assignment id for {@code directive-assignment}
 * @param jobId the failed job a retry sets going again; null when there is none (a failed external task)
 */
public record IncidentView(String id, OffsetDateTime at, String processKey, String activityId, String message,
                           String businessKey, String jobId) {
}
