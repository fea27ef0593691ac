package vn.chidao.security;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/** Creates users and tells Spring Security who they are. */
@Service
@Validated
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

    public static final String ADMIN_USERNAME = "admin";
    /** The users list's order: by government (the installation's own users first on H2), then sign-in name. */
    static final Sort MANAGED_ORDER = Sort.by("governmentId", "username");

    private final UserRepository users;
    private final OrganisationService organisation;
    private final PasswordEncoder passwordEncoder;
    private final SubstituteRepository substitutes;
    private final AppClock clock;
    private final PasswordPolicy policy;

    UserService(UserRepository users, OrganisationService organisation, PasswordEncoder passwordEncoder,
                SubstituteRepository substitutes, AppClock clock, PasswordPolicy policy) {
        this.users = users;
        this.organisation = organisation;
        this.passwordEncoder = passwordEncoder;
        this.substitutes = substitutes;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return toPrincipal(user);
    }

    /** The actor of a user, for work done on their behalf (the demo loader, tests). */
    public Actor actorOf(String username) {
        return users.findByUsernameIgnoreCase(username).map(u -> toPrincipal(u).actor())
                .orElseThrow(() -> new NotFoundException("error.user.notFound", username));
    }

    /**
     * An ADMIN creates users in their government (the installation admin in any, or, with no government,
     * another installation admin). Unit roles need a unit of that government. The first password meets the
     * {@link PasswordPolicy} (else 400 on {@code password}); where the policy forces it, the new user changes it at
     * their first sign-in.
     */
    @Transactional
    public UserDto createUser(Actor actor, @Valid NewUser command) {
        actor.require(Role.ADMIN);
        String username = command.username().trim().toLowerCase();
        Long governmentId = governmentFor(actor, command);
        Long unitId = unitFor(governmentId, command);
        policy.check("password", username, command.password());
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new ConflictException("error.user.exists", username);
        }
        AppUser user = new AppUser(username, command.displayName().trim(), null,
                StringUtils.trimToNull(command.email()), governmentId, unitId, command.roles());
        user.changePassword(passwordEncoder.encode(command.password()), policy.forcesChange());
        return toDto(users.save(user));
    }

    /**
     * Creates the first administrator on an empty database, with the password of {@code chidao.admin.password}
     * ({@code CHIDAO_ADMIN_PASSWORD}), to be changed at the first sign-in where the policy forces it; false if any
     * user exists: that password is read for this and nothing else.
     */
    @Transactional
    public boolean createFirstAdmin(String password) {
        if (users.count() > 0) {
            return false;
        }
        AppUser admin = new AppUser(ADMIN_USERNAME, "Quản trị hệ thống", null, null, null, null,
                EnumSet.of(Role.ADMIN));
        admin.changePassword(passwordEncoder.encode(password), policy.forcesChange());
        users.save(admin);
        return true;
    }

    /** Whether any user exists (the first administrator is created only on an empty database). */
    public boolean hasUsers() {
        return users.count() > 0;
    }

    public List<UserDto> users(Actor actor) {
        actor.require(Role.ADMIN);
        List<AppUser> found = actor.isInstallationAdmin() ? users.findAll() : users.findByGovernment(actor.governmentId());
        return found.stream().map(this::toDto).toList();
    }

    /**
     * A page of the users an ADMIN manages (of their government; the installation admin: all) whose sign-in name,
     * display name or email contains {@code text} (case-insensitive; blank: every one), by government then sign-in
     * name unless {@code pageable} sorts otherwise (by {@code username}, {@code displayName} or {@code email}).
     */
    public Page<UserDto> search(Actor actor, String text, Pageable pageable) {
        actor.require(Role.ADMIN);
        if (pageable.isUnpaged()) {
            return new PageImpl<>(toDtos(users.findAll(managedBy(actor, text), pageable.getSortOr(MANAGED_ORDER))));
        }
        Pageable ordered = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), MANAGED_ORDER);
        Page<AppUser> page = users.findAll(managedBy(actor, text), ordered);
        return new PageImpl<>(toDtos(page.getContent()), ordered, page.getTotalElements());
    }

    /** How many users {@link #search} finds. */
    public long count(Actor actor, String text) {
        actor.require(Role.ADMIN);
        return users.count(managedBy(actor, text));
    }

    private static Specification<AppUser> managedBy(Actor actor, String text) {
        Specification<AppUser> spec = actor.isInstallationAdmin() ? (root, query, cb) -> cb.conjunction()
                : (root, query, cb) -> cb.equal(root.get("governmentId"), actor.governmentId());
        String words = StringUtils.trimToNull(text);
        if (words == null) {
            return spec;
        }
        String like = "%" + words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return spec.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("username")), like, '\\'),
                cb.like(cb.lower(root.get("displayName")), like, '\\'),
                cb.like(cb.lower(root.get("email")), like, '\\')));
    }

    /** As rows: each government and unit read once per page, not once per user. */
    private List<UserDto> toDtos(List<AppUser> found) {
        Map<Long, String> governments = new HashMap<>();
        found.stream().map(AppUser::getGovernmentId).filter(Objects::nonNull).distinct()
                .forEach(id -> governments.put(id, organisation.government(id).code()));
        Map<Long, UnitDto> units = organisation.unitsById(found.stream().map(AppUser::getUnitId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return found.stream().map(u -> new UserDto(u.getUsername(), u.getDisplayName(), Set.copyOf(u.getRoles()),
                governments.get(u.getGovernmentId()), u.getUnitId() == null || units.get(u.getUnitId()) == null ? null
                        : units.get(u.getUnitId()).code(), u.getEmail(), u.isEnabled())).toList();
    }

    /**
     * The enabled leaders of the caller's government, by username: whom the secretariat may name as a committee's
     * chair. For the secretariat, the leaders and the government's administrators; 403 for others or without a
     * government.
     */
    public List<UserDto> leaders(Actor actor) {
        actor.require(Role.SECRETARIAT, Role.LEADER, Role.ADMIN);
        if (actor.governmentId() == null) {
            throw new ForbiddenException("error.government");
        }
        return users.findByGovernmentAndRole(actor.governmentId(), Role.LEADER).stream().filter(AppUser::isEnabled)
                .map(this::toDto).toList();
    }

    /** Usernames of the users with a role in a government, e.g. the leaders to notify. */
    public List<String> usernamesWithRole(long governmentId, Role role) {
        return users.findByGovernmentAndRole(governmentId, role).stream().map(AppUser::getUsername).toList();
    }

    /** Usernames of the users with a role in a unit, e.g. its focal points or its head. */
    public List<String> usernamesInUnit(long unitId, Role role) {
        return users.findByUnitAndRole(unitId, role).stream().map(AppUser::getUsername).toList();
    }

    /** Where and how to reach a person (deliveries); empty for an unknown username. */
    public Optional<UserContact> contact(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserService::toContact);
    }

    /** The contacts of several people at once, by username. */
    public Map<String, UserContact> contacts(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, UserService::toContact));
    }

    /**
     * The display names of these people, by username, for screens that show who did what (histories); unknown
     * usernames (the system, a user since removed) are left out.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        return contacts(usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(UserContact::username, UserContact::displayName));
    }

    /** The enabled users of a government who hold a role (the digest's leaders and unit heads). */
    public List<UserContact> contactsWithRole(long governmentId, Role role) {
        return users.findByGovernmentAndRole(governmentId, role).stream().filter(AppUser::isEnabled)
                .map(UserService::toContact).toList();
    }

    /**
     * A person sets their own email address (blank: none) and language ({@code vi} or {@code en}); 400 on
     * {@code email} or {@code language} otherwise.
     */
    @Transactional
    public UserContact changeContact(Actor actor, String email, String language) {
        String address = StringUtils.trimToNull(email);
        String lang = StringUtils.trimToNull(language);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (address != null && (address.length() > 200 || !EMAIL.matcher(address).matches())) {
            errors.add("email", "error.email.invalid");
        }
        if (lang != null && !UserContact.LANGUAGES.contains(lang)) {
            errors.add("language", "error.language.unknown", lang);
        }
        errors.throwIfAny();
        AppUser user = users.findByUsernameIgnoreCase(actor.username())
                .orElseThrow(() -> new NotFoundException("error.user.notFound", actor.username()));
        user.setContact(address, lang);
        return toContact(user);
    }

    /**
     * A person switches the language of their screens (and so of their emails): {@code vi} or {@code en}; 400 on
     * {@code language} otherwise. Kept for their next sign-in.
     */
    @Transactional
    public UserContact changeLanguage(Actor actor, String language) {
        String lang = StringUtils.trimToNull(language);
        if (lang == null || !UserContact.LANGUAGES.contains(lang)) {
            throw InvalidInputException.of("language", "error.language.unknown", String.valueOf(lang));
        }
        AppUser user = users.findByUsernameIgnoreCase(actor.username())
                .orElseThrow(() -> new NotFoundException("error.user.notFound", actor.username()));
        user.setLanguage(lang);
        return toContact(user);
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static UserContact toContact(AppUser user) {
        return new UserContact(user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getLanguage() == null ? "vi" : user.getLanguage(), user.getGovernmentId(), user.getUnitId(),
                Set.copyOf(user.getRoles()), user.isEnabled());
    }

    private Long governmentFor(Actor actor, NewUser command) {
        String code = command.governmentCode();
        if (code == null || code.isBlank()) {
            if (actor.governmentId() != null) {
                return actor.governmentId();
            }
            if (!command.roles().equals(Set.of(Role.ADMIN))) {
                throw InvalidInputException.of("governmentCode", "error.required");
            }
            return null;
        }
        // Another government is unknown to a government's admin: the same answer as a code that does not exist.
        GovernmentDto government = organisation.findGovernment(code).filter(g -> actor.sees(g.id()))
                .orElseThrow(() -> InvalidInputException.of("governmentCode", "error.government.unknown", code));
        return government.id();
    }

    private Long unitFor(Long governmentId, NewUser command) {
        boolean needsUnit = command.roles().stream().anyMatch(Role::needsUnit);
        String code = command.unitCode();
        if (code == null || code.isBlank()) {
            if (needsUnit) {
                throw InvalidInputException.of("unitCode", "error.user.unitRequired");
            }
            return null;
        }
        if (governmentId == null) {
            throw InvalidInputException.of("unitCode", "error.unit.unknown", code);
        }
        return organisation.activeUnit(governmentId, code, "unitCode").id();
    }

    private ChidaoUser toPrincipal(AppUser user) {
        String governmentCode = user.getGovernmentId() == null ? null
                : organisation.government(user.getGovernmentId()).code();
        String unitCode = unitCode(user);
        Actor actor = new Actor(user.getId(), user.getUsername(), user.getRoles(), user.getGovernmentId(),
                governmentCode, user.getUnitId(), unitCode,
                Set.copyOf(substitutes.standingInFor(user.getUsername(), LocalDate.now(clock))));
        return new ChidaoUser(actor, user.getDisplayName(), user.getPasswordHash(), user.isEnabled(),
                user.isPasswordChangeRequired());
    }

    UserDto toDto(AppUser user) {
        String governmentCode = user.getGovernmentId() == null ? null
                : organisation.government(user.getGovernmentId()).code();
        return new UserDto(user.getUsername(), user.getDisplayName(), Set.copyOf(user.getRoles()),
                governmentCode, unitCode(user), user.getEmail(), user.isEnabled());
    }

    private String unitCode(AppUser user) {
        if (user.getUnitId() == null) {
            return null;
        }
        Map<Long, UnitDto> units = organisation.unitsById(List.of(user.getUnitId()));
        UnitDto unit = units.get(user.getUnitId());
        return unit == null ? null : unit.code();
    }

}
