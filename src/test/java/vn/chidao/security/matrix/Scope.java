package vn.chidao.security.matrix;

/**
 * Whose object a call names: unit A's (for callers without a unit: their government's, about unit A), unit B's
 * (the same government), or the second government's; NONE for a call that names no object.
 */
enum Scope {
    OWN("own unit"),
    OTHER_UNIT("other unit"),
    OTHER_GOV("other government"),
    NONE("-");

    static final Scope[] TRIPLE = {OWN, OTHER_UNIT, OTHER_GOV};

    final String label;

    Scope(String label) {
        this.label = label;
    }
}
