package vn.chidao.security;

import jakarta.validation.constraints.Size;

/** The password dialog's fields (public for the binder): generate one, or the one typed (4 to 100 characters). */
public class PasswordForm {

    /** Whether the new password is generated or typed. */
    public enum Mode {
        GENERATED,
        TYPED
    }

    private Mode mode = Mode.GENERATED;

    @Size(min = 4, max = 100, message = "{error.size}")
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
