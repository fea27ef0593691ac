package vn.chidao.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where other screens send an administrator to read an entity's audit trail. */
public final class AuditLinks {

    /** The audit screen's route. */
    public static final String ROUTE = "admin/audit";

    private AuditLinks() {
    }

    /** The audit screen filtered on one entity: {@code admin/audit?entity=Assignment&entityId=42}. */
    public static String of(String entity, Object id) {
        return ROUTE + "?entity=" + encode(entity) + "&entityId=" + encode(String.valueOf(id));
    }

    /** The audit screen filtered on one assignment. */
    public static String assignment(long id) {
        return of("Assignment", id);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
