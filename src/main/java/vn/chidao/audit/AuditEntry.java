package vn.chidao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One change as the audit trail shows it: when (Asia/Ho_Chi_Minh), who and for whom, which entity, what, and the
 * changed fields before and after (JSON objects; null before a creation and after a removal).
 */
public record AuditEntry(long id, OffsetDateTime at, String user, String onBehalfOf, String governmentCode,
                         String entity, String entityId, AuditAction action, JsonNode before, JsonNode after) {
}
