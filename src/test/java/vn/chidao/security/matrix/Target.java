package vn.chidao.security.matrix;

/**
 * The object a call names: its id (or code, or username) in the path, and for a unit or a government the code of
 * the government it belongs to and its name.
 */
record Target(String id, String government, String name) {

    static final Target NONE = new Target(null, null, null);

    static Target of(Object id) {
        return new Target(String.valueOf(id), null, null);
    }
}
