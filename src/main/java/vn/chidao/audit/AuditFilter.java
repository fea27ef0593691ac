package vn.chidao.audit;

import java.time.Instant;
import java.time.LocalDate;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.time.Dates;

/**
 * What the audit trail is searched by; every part is optional. {@code user} matches who acted and whom a substitute
 * stood in for; {@code from} and {@code to} are days in Asia/Ho_Chi_Minh, both included.
 */
public record AuditFilter(String user, String entity, String entityId, AuditAction action, LocalDate from,
                          LocalDate to) {

    public AuditFilter {
        user = blankToNull(user);
        entity = blankToNull(entity);
        entityId = blankToNull(entityId);
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** The changes of one entity, e.g. an assignment's. */
    public static AuditFilter of(String entity, String entityId) {
        return new AuditFilter(null, entity, entityId, null, null, null);
    }

    /** 400 on {@code to} when it is before {@code from}. */
    void check() {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "error.audit.range");
        }
    }

    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(Dates.ZONE).toInstant();
    }

    /** The first instant after the range. */
    Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
