package vn.chidao.assignment;

/**
 * PENDING until decided; OBSOLETE when the unit reported, or the assignment ended (done or cancelled), before
 * anyone decided.
 */
public enum ExtensionStatus {
    PENDING,
    APPROVED,
    REFUSED,
    OBSOLETE
}
