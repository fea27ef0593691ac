package vn.chidao.security;

import java.util.Set;
import vn.chidao.base.Role;

/** A user as the admin API and UI show it (never the password). */
public record UserDto(String username, String displayName, Set<Role> roles, String governmentCode,
                      String unitCode, String email) {
}
