package vn.chidao.security.matrix;

/**
 * The callers of the matrix, its columns, in the first government (units A and B) except the installation's
 * administrator. The substitute is a deputy head of unit A (UNIT_HEAD) standing in for A's focal point today.
 */
enum Who {
    INST_ADMIN("installation admin"),
    GOV_ADMIN("government admin"),
    SECRETARIAT("secretariat"),
    LEADER("leader"),
    UNIT_HEAD("unit head (A)"),
    FOCAL_POINT("focal point (A)"),
    SUBSTITUTE("substitute (for A's focal point)");

    final String label;

    Who(String label) {
        this.label = label;
    }

    /** The unit roles of unit A, who read their own unit only. */
    boolean ofUnitA() {
        return this == UNIT_HEAD || this == FOCAL_POINT || this == SUBSTITUTE;
    }
}
