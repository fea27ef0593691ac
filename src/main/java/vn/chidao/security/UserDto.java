package vn.chidao.security;

import java.util.Set;
import vn.chidao.base.Role;

/** A user as the admin API and UI show it (never the password); {@code enabled}: may sign in. */
public record UserDto(String username, String displayName, Set<Role> roles, String governmentCode,
                      String unitCode, String email, boolean enabled) {
}
