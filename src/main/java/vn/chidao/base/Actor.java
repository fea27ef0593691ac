package vn.chidao.base;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling a service. Every feature service takes one and checks role, government and unit
 * against it, so the REST API, the UI and the demo loader obey the same rules.
 *
 * @param governmentId null only for the installation's administrator, who manages governments
 * @param unitId the unit of a unit head or focal point, otherwise null
 * @param standsInFor the people this one substitutes for today (ủy quyền): what is addressed to them alone is
 *                    this one's too
 */
public record Actor(long userId, String username, Set<Role> roles,
                    Long governmentId, String governmentCode, Long unitId, String unitCode,
                    Set<String> standsInFor) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
        standsInFor = standsInFor == null ? Set.of() : Set.copyOf(standsInFor);
    }

    public Actor(long userId, String username, Set<Role> roles, Long governmentId, String governmentCode,
                 Long unitId, String unitCode) {
        this(userId, username, roles, governmentId, governmentCode, unitId, unitCode, Set.of());
    }

    /** Whether the caller is {@code username} or substitutes for them today. */
    public boolean actsFor(String username) {
        return this.username.equals(username) || standsInFor.contains(username);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** An administrator without a government manages the whole installation. */
    public boolean isInstallationAdmin() {
        return has(Role.ADMIN) && governmentId == null;
    }

    /** Throws 403 unless the caller has one of the roles. */
    public void require(Role... wanted) {
        if (!hasAny(wanted)) {
            throw new ForbiddenException("error.role", String.join(", ", names(wanted)));
        }
    }

    /**
     * Whether the caller may know of what belongs to the government: their own (installation admins: every one).
     * What they may not know of is answered as unknown (404, the same answer as for an id that does not exist),
     * never 403, which would tell them it exists.
     */
    public boolean sees(long governmentId) {
        return isInstallationAdmin() || (this.governmentId != null && this.governmentId == governmentId);
    }

    private static String[] names(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
