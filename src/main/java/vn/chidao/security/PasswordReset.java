package vn.chidao.security;

/**
 * A user's new password: the one the administrator typed, or one generated for them ({@code generated}), shown
 * once so that it can be handed on; a typed one is not echoed ({@code password} null).
 */
public record PasswordReset(String username, String password, boolean generated) {

    /** Without the password: logs (Spring MVC's debug lines print response bodies) never show it. */
    @Override
    public String toString() {
        return "PasswordReset[username=" + username + ", generated=" + generated + "]";
    }
}
