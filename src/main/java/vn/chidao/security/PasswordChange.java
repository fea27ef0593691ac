package vn.chidao.security;

import jakarta.validation.constraints.NotBlank;

/** {@code POST /api/me/password}: a person's current password and the new one they choose. */
public record PasswordChange(@NotBlank(message = "{error.required}") String currentPassword,
                             @NotBlank(message = "{error.required}") String newPassword) {

    /** Without the passwords: logs (Spring MVC's debug lines print request bodies) never show them. */
    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
