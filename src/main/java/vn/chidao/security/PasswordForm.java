package vn.chidao.security;

/**
 * The password dialog's fields (public for the binder): generate one, or the one typed (its rules are the
 * {@link PasswordPolicy}'s, checked by the service).
 */
public class PasswordForm {

    /** Whether the new password is generated or typed. */
    public enum Mode {
        GENERATED,
        TYPED
    }

    private Mode mode = Mode.GENERATED;

    private String password;

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode == null ? Mode.GENERATED : mode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
