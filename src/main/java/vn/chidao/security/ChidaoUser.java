package vn.chidao.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chidao.base.Actor;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.Role;

/** The signed-in user: Spring Security's view of an {@link AppUser}, carrying the {@link Actor} services check. */
final class ChidaoUser implements UserDetails, ActorPrincipal {

    /** The role name of the installation's administrator, beside their {@code ADMIN} role. */
    static final String INSTALLATION_ADMIN = "INSTALLATION_ADMIN";
    /**
     * The role name of a government's administrator, beside their {@code ADMIN} role: the screens that read a
     * government's work (register, dashboard, notices) are theirs, not the installation admin's, who has none.
     */
    static final String GOVERNMENT_ADMIN = "GOVERNMENT_ADMIN";

    private final Actor actor;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean passwordChangeRequired;

    ChidaoUser(Actor actor, String displayName, String passwordHash, boolean enabled,
               boolean passwordChangeRequired) {
        this.actor = actor;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /**
     * Its roles, and {@code ROLE_INSTALLATION_ADMIN} for the installation's administrator (ADMIN without a
     * government, {@link Actor#isInstallationAdmin()}): the actuator's details and endpoints are theirs only;
     * {@code ROLE_GOVERNMENT_ADMIN} for a government's.
     */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Stream<String> roles = actor.roles().stream().map(Role::authority);
        if (actor.isInstallationAdmin()) {
            roles = Stream.concat(roles, Stream.of("ROLE_" + INSTALLATION_ADMIN));
        } else if (actor.has(Role.ADMIN)) {
            roles = Stream.concat(roles, Stream.of("ROLE_" + GOVERNMENT_ADMIN));
        }
        return roles.map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Whether, when they signed in, someone else's password was still theirs to change (the screens then ask the
     * database whether it still is, {@link PasswordService#mustChange}).
     */
    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }
}
