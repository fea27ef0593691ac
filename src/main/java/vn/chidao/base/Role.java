package vn.chidao.base;

/** What a user may do. UNIT_HEAD and FOCAL_POINT always belong to a unit. */
public enum Role {
    ADMIN,
    SECRETARIAT,
    LEADER,
    UNIT_HEAD,
    FOCAL_POINT;

    public boolean needsUnit() {
        return this == UNIT_HEAD || this == FOCAL_POINT;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
