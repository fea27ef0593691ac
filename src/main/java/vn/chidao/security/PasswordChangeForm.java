package vn.chidao.security;

import jakarta.validation.constraints.NotBlank;

/**
 * The change-password screen's fields (public for the binder): the current password, the new one and the new one
 * again. The new password's rules are the {@link PasswordPolicy}'s, checked by the service.
 */
public class PasswordChangeForm {

    @NotBlank(message = "{error.required}")
    private String currentPassword;
    @NotBlank(message = "{error.required}")
    private String newPassword;
    @NotBlank(message = "{error.required}")
    private String repeated;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    PasswordChange toChange() {
        return new PasswordChange(currentPassword, newPassword);
    }

    @Override
    public String toString() {
        return "PasswordChangeForm[***]";
    }
}
