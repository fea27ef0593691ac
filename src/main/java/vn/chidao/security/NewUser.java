package vn.chidao.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.chidao.base.Role;

/**
 * A user to create. Unit heads and focal points name their unit; the government is the caller's unless given. The
 * password's rules are the {@link PasswordPolicy}'s, checked by the service.
 */
public record NewUser(
        @NotBlank(message = "{error.required}")
        @Size(min = 3, max = 60, message = "{error.size}")
        @Pattern(regexp = "[A-Za-z0-9_.@-]*", message = "{error.username}") String username,
        @NotBlank(message = "{error.required}") String password,
        @NotBlank(message = "{error.required}") @Size(max = 120, message = "{error.size}") String displayName,
        @NotEmpty(message = "{error.required}") Set<Role> roles,
        @Size(max = 20, message = "{error.size}") String governmentCode,
        @Size(max = 30, message = "{error.size}") String unitCode,
        @Email(message = "{error.email}") @Size(max = 200, message = "{error.size}") String email) {

    /** Without the password: logs (Spring MVC's debug lines print request bodies) never show it. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", displayName=" + displayName + ", roles=" + roles
                + ", governmentCode=" + governmentCode + ", unitCode=" + unitCode + ", email=" + email + "]";
    }
}
