package vn.chidao.security;

import java.util.Locale;
import java.util.Set;
import vn.chidao.base.Role;

/** Where and how to reach a person: their email (null: none), their language ({@code vi} or {@code en}). */
public record UserContact(String username, String displayName, String email, String language, Long governmentId,
                          Long unitId, Set<Role> roles, boolean enabled) {

    public static final Set<String> LANGUAGES = Set.of("vi", "en");

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
