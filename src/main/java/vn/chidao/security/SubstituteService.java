package vn.chidao.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.notification.Substitutes;

/**
 * Substitutes (ủy quyền): a person away names someone of the same role for a range of days: a leader another
 * leader of the government, the secretariat another of the secretariat, a unit's user another user of the same
 * unit. During the range the substitute sees and may act on what is addressed to the absent person alone, and is
 * told what they are told.
 */
@Service
@Transactional(readOnly = true)
public class SubstituteService implements Substitutes {

    private final SubstituteRepository substitutes;
    private final UserRepository users;
    private final AppClock clock;
    private final RecentTokens recentTokens;

    SubstituteService(SubstituteRepository substitutes, UserRepository users, AppClock clock,
                      RecentTokens recentTokens) {
        this.substitutes = substitutes;
        this.users = users;
        this.clock = clock;
        this.recentTokens = recentTokens;
    }

    /** The caller's substitutes, earliest first. */
    public List<SubstituteDto> mine(Actor actor) {
        List<Substitute> found = substitutes.findByAbsent(actor.username());
        Map<String, String> names = names(found.stream().map(Substitute::getSubstitute).toList());
        return found.stream().map(s -> s.toDto(names.get(s.getSubstitute()))).toList();
    }

    /** Whom the caller may name: the enabled users of the same role (and unit) in the same government. */
    public List<UserContact> candidates(Actor actor) {
        if (actor.governmentId() == null) {
            return List.of();
        }
        return users.findByGovernment(actor.governmentId()).stream()
                .filter(u -> u.isEnabled() && !u.getUsername().equals(actor.username()) && sameRole(actor, u))
                .map(u -> new UserContact(u.getUsername(), u.getDisplayName(), null, "vi", u.getGovernmentId(),
                        u.getUnitId(), Set.copyOf(u.getRoles()), true))
                .toList();
    }

    /**
     * 400 on {@code username} (unknown, the caller, another role, unit or government), {@code from} / {@code to}
     * (missing, reversed, already over); 409 when the range overlaps one the caller already set.
     */
    @Transactional
    public SubstituteDto name(Actor actor, SubstituteInput input) {
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String username = input == null ? null : StringUtils.trimToNull(input.username());
        AppUser substitute = null;
        if (username == null) {
            errors.add("username", "error.required");
        } else if (username.equalsIgnoreCase(actor.username())) {
            errors.add("username", "error.substitute.self");
        } else {
            substitute = users.findByUsernameIgnoreCase(username).filter(AppUser::isEnabled).orElse(null);
            if (substitute == null) {
                errors.add("username", "error.user.notFound", username);
            } else if (!sameRole(actor, substitute)) {
                errors.add("username", "error.substitute.role");
            }
        }
        LocalDate from = input == null ? null : input.from();
        LocalDate to = input == null ? null : input.to();
        if (from == null) {
            errors.add("from", "error.required");
        }
        if (to == null) {
            errors.add("to", "error.required");
        } else if (from != null && to.isBefore(from)) {
            errors.add("to", "error.substitute.reversed");
        } else if (to.isBefore(LocalDate.now(clock))) {
            errors.add("to", "error.substitute.past");
        }
        errors.throwIfAny();
        if (substitutes.overlaps(actor.username(), from, to)) {
            throw new ConflictException("error.substitute.overlap");
        }
        Substitute saved = substitutes.save(new Substitute(actor.governmentId(), actor.username(),
                substitute.getUsername(), from, to, clock.instant()));
        recentTokens.forgetOwner(substitute.getUsername());
        return saved.toDto(substitute.getDisplayName());
    }

    /** Ends a substitution the caller set; 404 for another's or an unknown one. */
    @Transactional
    public void remove(Actor actor, long id) {
        Substitute found = substitutes.findById(id).filter(s -> s.getAbsent().equals(actor.username()))
                .orElseThrow(() -> new NotFoundException("error.substitute.notFound", id));
        substitutes.delete(found);
        recentTokens.forgetOwner(found.getSubstitute());
    }

    @Override
    public Set<String> substitutesOf(Collection<String> usernames, LocalDate day) {
        return usernames.isEmpty() ? Set.of() : new TreeSet<>(substitutes.substitutesOf(usernames, day));
    }

    /** Whom {@code username} stands in for today. */
    Set<String> standingInFor(String username) {
        return Set.copyOf(substitutes.standingInFor(username, LocalDate.now(clock)));
    }

    private static boolean sameRole(Actor actor, AppUser other) {
        if (!actor.governmentId().equals(other.getGovernmentId())) {
            return false;
        }
        if (actor.has(Role.LEADER)) {
            return other.getRoles().contains(Role.LEADER);
        }
        if (actor.has(Role.SECRETARIAT)) {
            return other.getRoles().contains(Role.SECRETARIAT);
        }
        if (actor.hasAny(Role.FOCAL_POINT, Role.UNIT_HEAD)) {
            return actor.unitId() != null && actor.unitId().equals(other.getUnitId())
                    && other.getRoles().stream().anyMatch(r -> r == Role.FOCAL_POINT || r == Role.UNIT_HEAD);
        }
        return false;
    }

    private Map<String, String> names(Collection<String> usernames) {
        return usernames.isEmpty() ? Map.of() : users.findByUsernameIn(usernames).stream()
                .collect(java.util.stream.Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }
}
