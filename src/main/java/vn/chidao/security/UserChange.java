package vn.chidao.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.chidao.base.Role;

/**
 * A user as they should be from now on: name, email, roles and unit (unit heads and focal points need one of
 * their government), and whether they may sign in ({@code enabled}; null: unchanged). The sign-in name and the
 * government stay.
 */
public record UserChange(
        @NotBlank(message = "{error.required}") @Size(max = 120, message = "{error.size}") String displayName,
        @Email(message = "{error.email}") @Size(max = 200, message = "{error.size}") String email,
        @NotEmpty(message = "{error.required}") Set<Role> roles,
        @Size(max = 30, message = "{error.size}") String unitCode,
        Boolean enabled) {
}
