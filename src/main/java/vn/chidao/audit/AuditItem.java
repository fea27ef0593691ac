package vn.chidao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One change over the API (a contract: these names exactly): when, who, for whom (a substitute), which entity,
 * what, and the changed fields before and after as JSON objects.
 */
record AuditItem(OffsetDateTime at, String user, String onBehalfOf, String entity, String entityId,
                 AuditAction action, JsonNode before, JsonNode after) {

    static AuditItem of(AuditEntry entry) {
        return new AuditItem(entry.at(), entry.user(), entry.onBehalfOf(), entry.entity(), entry.entityId(),
                entry.action(), entry.before(), entry.after());
    }
}
