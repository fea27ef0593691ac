package vn.chidao.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.chidao.base.Actor;
import vn.chidao.base.ActorPrincipal;

/** The signed-in user: Spring Security's view of an {@link AppUser}, carrying the {@link Actor} services check. */
final class ChidaoUser implements UserDetails, ActorPrincipal {

    private final Actor actor;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;

    ChidaoUser(Actor actor, String displayName, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
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

    List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }
}
