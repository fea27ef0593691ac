package vn.chidao.security;

import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * An administrator changes existing accounts: name, email, roles and unit, whether they may sign in, and their
 * password. An ADMIN manages the users of their own government, the installation admin everyone (users of no
 * government only they). Nobody takes their own ADMIN role away or disables themselves, so a government never
 * loses the administrator who is changing it. Two changes of one user at once: the second is 409.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class UserAccountService {

    private static final String PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final UserService userService;
    private final OrganisationService organisation;
    private final PasswordEncoder passwordEncoder;
    private final RecentTokens recentTokens;
    private final PasswordPolicy policy;

    UserAccountService(UserRepository users, UserService userService, OrganisationService organisation,
                       PasswordEncoder passwordEncoder, RecentTokens recentTokens, PasswordPolicy policy) {
        this.users = users;
        this.userService = userService;
        this.organisation = organisation;
        this.passwordEncoder = passwordEncoder;
        this.recentTokens = recentTokens;
        this.policy = policy;
    }

    /**
     * Replaces a user's name, email, roles, unit and (unless null) enabled. 400 on {@code roles} for taking one's
     * own ADMIN role or giving a user of no government another role, on {@code enabled} for disabling oneself, on
     * {@code unitCode} for a missing unit of a unit role or a unit not of the user's government.
     */
    @Transactional
    public UserDto updateUser(Actor actor, String username, @Valid UserChange change) {
        AppUser user = managed(actor, username);
        boolean self = user.getId() == actor.userId();
        boolean enabled = change.enabled() == null ? user.isEnabled() : change.enabled();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (self && !change.roles().contains(Role.ADMIN)) {
            errors.add("roles", "error.user.ownAdmin");
        } else if (user.getGovernmentId() == null && !change.roles().equals(Set.of(Role.ADMIN))) {
            errors.add("roles", "error.user.noGovernment");
        }
        if (self && !enabled) {
            errors.add("enabled", "error.user.ownDisable");
        }
        Long unitId = unitOf(user, change, errors);
        errors.throwIfAny();
        user.describe(change.displayName().trim(), StringUtils.trimToNull(change.email()));
        user.assign(change.roles(), unitId);
        user.setEnabled(enabled);
        recentTokens.forgetOwner(user.getUsername());
        return userService.toDto(user);
    }

    /** Lets a user sign in again, or stops them (their open session ends at its timeout); not oneself. */
    @Transactional
    public UserDto setEnabled(Actor actor, String username, boolean enabled) {
        AppUser user = managed(actor, username);
        if (!enabled && user.getId() == actor.userId()) {
            throw InvalidInputException.of("enabled", "error.user.ownDisable");
        }
        user.setEnabled(enabled);
        recentTokens.forgetOwner(user.getUsername());
        return userService.toDto(user);
    }

    /** Whether a unit has users (enabled or not). */
    public boolean hasUsers(long unitId) {
        return !users.findByUnitIdOrderByUsername(unitId).isEmpty();
    }

    /**
     * The users of a unit that ends, for its reorganisation (the caller has checked the administrator's right over
     * the unit): each moves to {@code toUnitId} keeping their roles, or, when it is null, can no longer sign in
     * (keeping their unit, for the record). 400 on {@code users} when that would disable the caller. Their
     * usernames, in order.
     */
    @Transactional
    public List<String> handOverUsers(Actor actor, long fromUnitId, Long toUnitId) {
        List<AppUser> found = users.findByUnitIdOrderByUsername(fromUnitId);
        for (AppUser user : found) {
            if (toUnitId != null) {
                user.assign(Set.copyOf(user.getRoles()), toUnitId);
            } else if (user.getId() == actor.userId()) {
                throw InvalidInputException.of("users", "error.user.ownDisable");
            } else {
                user.setEnabled(false);
            }
            recentTokens.forgetOwner(user.getUsername());
        }
        return found.stream().map(AppUser::getUsername).toList();
    }

    /**
     * Sets a new password: {@code password} as typed (it meets the {@link PasswordPolicy}, else 400 on
     * {@code password}), or, when it is null or blank, a generated one of 12 letters and digits (without look-alikes
     * such as l, 1, O and 0). Where the policy forces it, the user changes it at their next sign-in to the screens
     * (not when administrators reset their own).
     */
    @Transactional
    public PasswordReset resetPassword(Actor actor, String username, String password) {
        AppUser user = managed(actor, username);
        boolean generate = password == null || password.isBlank();
        String chosen = generate ? generated(user.getUsername()) : password;
        if (!generate) {
            policy.check("password", user.getUsername(), chosen);
        }
        boolean own = user.getId() == actor.userId();
        user.changePassword(passwordEncoder.encode(chosen), policy.forcesChange() && !own);
        return new PasswordReset(user.getUsername(), generate ? chosen : null, generate);
    }

    /** The username of a user the caller administers; 404 unknown or not the caller's to administer. */
    String administeredUsername(Actor actor, String username) {
        return managed(actor, username).getUsername();
    }

    /**
     * The user to change (its version refuses a concurrent change at commit): 403 for a caller who is no ADMIN, 404
     * for an unknown user and for one the caller does not administer (another government's, or one of no
     * government for a government's admin), who is none of their business.
     */
    private AppUser managed(Actor actor, String username) {
        actor.require(Role.ADMIN);
        return users.findByUsernameIgnoreCase(username.trim())
                .filter(u -> u.getGovernmentId() == null ? actor.isInstallationAdmin() : actor.sees(u.getGovernmentId()))
                .orElseThrow(() -> new NotFoundException("error.user.notFound", username));
    }

    private Long unitOf(AppUser user, UserChange change, InvalidInputException.Collector errors) {
        String code = change.unitCode();
        if (code == null || code.isBlank()) {
            if (change.roles().stream().anyMatch(Role::needsUnit)) {
                errors.add("unitCode", "error.user.unitRequired");
            }
            return null;
        }
        if (user.getGovernmentId() == null) {
            errors.add("unitCode", "error.unit.unknown", code);
            return null;
        }
        UnitDto unit = organisation.findUnit(user.getGovernmentId(), code).orElse(null);
        if (unit == null) {
            errors.add("unitCode", "error.unit.unknown", code);
            return null;
        }
        if (unit.isEnded() && !Long.valueOf(unit.id()).equals(user.getUnitId())) {
            errors.add("unitCode", "error.unit.ended", unit.code());
        }
        return unit.id();
    }

    /** Random letters and digits that meet the policy (by chance they might hold the username). */
    private String generated(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                password.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
            }
            if (policy.brokenRule(username, password.toString()) == null) {
                return password.toString();
            }
        }
    }

}
