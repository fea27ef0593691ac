package vn.chidao.audit;

/** What happened to an entity: made, changed, removed. */
public enum AuditAction {
    CREATED, CHANGED, DELETED
}
