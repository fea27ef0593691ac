package vn.chidao.organisation;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
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

/** Governments and their units: who can create them, and how other features look them up. */
@Service
@Validated
@Transactional(readOnly = true)
public class OrganisationService {

    private final GovernmentRepository governments;
    private final UnitRepository units;
    private final AppClock clock;

    OrganisationService(GovernmentRepository governments, UnitRepository units, AppClock clock) {
        this.governments = governments;
        this.units = units;
        this.clock = clock;
    }

    /** Only the installation's administrator (an ADMIN without a government) creates governments. */
    @Transactional
    public GovernmentDto createGovernment(Actor actor, @Valid NewGovernment command) {
        actor.require(Role.ADMIN);
        if (!actor.isInstallationAdmin()) {
            throw new ForbiddenException("error.installationAdmin");
        }
        String code = command.code().trim().toUpperCase();
        if (governments.existsByCodeIgnoreCase(code)) {
            throw new ConflictException("error.government.exists", code);
        }
        String symbol = NoticeSymbol.trimToNull(command.noticeSymbol());
        return governments.save(new Government(code, command.name().trim(),
                symbol == null ? NoticeSymbol.DEFAULT : symbol)).toDto();
    }

    /**
     * An ADMIN of the government (the installation admin: of any) renames it or sets the symbol of its notice
     * numbers; absent or empty fields stay. 404 for an unknown government, and for another one to its administrator
     * (who may not know of it).
     */
    @Transactional
    public GovernmentDto updateGovernment(Actor actor, String code, @Valid GovernmentChange change) {
        actor.require(Role.ADMIN);
        Government government = governments.findByCodeIgnoreCase(code.trim()).filter(g -> actor.sees(g.getId()))
                .orElseThrow(() -> new NotFoundException("error.government.notFound", code));
        if (government.isMerged()) {
            throw new ConflictException("error.government.merged", government.getCode(),
                    government.getMergedInto().getCode());
        }
        String name = change.name() == null || change.name().isBlank() ? government.getName() : change.name().trim();
        String symbol = NoticeSymbol.trimToNull(change.noticeSymbol());
        government.describe(name, symbol == null ? government.getNoticeSymbol() : symbol);
        return government.toDto();
    }

    /**
     * An ADMIN creates units in their own government (the installation admin in any); another government is 400 on
     * {@code governmentCode} as an unknown one is. A {@code validFrom} after today is 400 on {@code validFrom}.
     */
    @Transactional
    public UnitDto createUnit(Actor actor, @Valid NewUnit command) {
        actor.require(Role.ADMIN);
        Government government = current(command.governmentCode())
                .filter(g -> actor.sees(g.getId()))
                .orElseThrow(() -> InvalidInputException.of("governmentCode", "error.government.unknown",
                        command.governmentCode()));
        String code = command.code().trim().toUpperCase();
        if (units.findByCode(government.getId(), code).isPresent()) {
            throw new ConflictException("error.unit.exists", code);
        }
        Unit parent = null;
        if (command.parentCode() != null && !command.parentCode().isBlank()) {
            parent = units.findByCode(government.getId(), command.parentCode().trim())
                    .orElseThrow(() -> InvalidInputException.of("parentCode", "error.unit.unknown",
                            command.parentCode()));
        }
        if (command.validFrom() != null && command.validFrom().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("validFrom", "error.unit.startInFuture");
        }
        Unit unit = new Unit(government.getId(), code, command.name().trim(),
                StringUtils.trimToNull(command.shortName()), command.kind(), parent);
        unit.startOn(command.validFrom());
        unit.callAlso(UnitAliases.clean(command.aliases(), unit, units.findAllOfGovernment(government.getId())));
        return units.save(unit).toDto(Map.of());
    }

    /**
     * An ADMIN of the unit's government (the installation admin: of any, naming it) renames a unit, changes its code
     * or kind, or moves it under another parent (or to the top). 404 for an unknown government or unit; 400 on
     * {@code parentCode} for an unknown parent or one that is the unit itself or below it (no cycles); 409 when the
     * new code is another unit's. A {@code shortName} given replaces the short name (empty: none); absent keeps it.
     * {@code aliases} given replace the aliases, absent keep them; a rename adds the former name to them, so notices
     * written before still find the unit; 400 on {@code aliases} for one a current unit goes by ({@link UnitAliases}).
     * One change of a government's tree at a time: two moves at once cannot make a cycle.
     *
     * @param governmentCode null for the caller's own government
     */
    @Transactional
    public UnitDto updateUnit(Actor actor, String governmentCode, String code, @Valid UnitChange change) {
        actor.require(Role.ADMIN);
        long governmentId = governmentFor(actor, governmentCode);
        governments.lockById(governmentId);
        Unit unit = units.findByCode(governmentId, code.trim())
                .orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
        String newCode = change.code() == null || change.code().isBlank() ? unit.getCode()
                : change.code().trim().toUpperCase();
        Optional<Unit> holder = units.findByCode(governmentId, newCode);
        if (holder.isPresent() && !holder.get().getId().equals(unit.getId())) {
            throw new ConflictException("error.unit.exists", newCode);
        }
        Unit parent = null;
        if (change.parentCode() != null && !change.parentCode().isBlank()) {
            parent = units.findByCode(governmentId, change.parentCode().trim())
                    .orElseThrow(() -> InvalidInputException.of("parentCode", "error.unit.unknown", change.parentCode()));
            if (parent.isOrIsUnder(unit)) {
                throw InvalidInputException.of("parentCode", "error.unit.cycle", parent.getCode(), unit.getCode());
            }
        }
        UnitKind kind = change.kind() == null ? unit.getKind() : change.kind();
        String formerName = unit.getName();
        List<String> aliases = change.aliases() == null ? unit.getAliases() : change.aliases();
        unit.describe(newCode, change.name().trim(), kind);
        unit.moveTo(parent);
        if (change.shortName() != null) {
            unit.shorten(StringUtils.trimToNull(change.shortName()));
        }
        unit.callAlso(UnitAliases.clean(UnitAliases.withFormerName(aliases, formerName, unit.getName()), unit,
                units.findAllOfGovernment(governmentId)));
        return dtos(List.of(unit)).get(0);
    }

    /**
     * An ADMIN of the unit's government (the installation admin: of any, naming it) ends a unit on a day, not after
     * today, with its successors: units of the same government that exist on that day, not the unit itself. 403 for
     * other roles; 404 for an unknown unit or government (another government's too); 409 when it has already
     * ended; 400 on {@code on}, {@code successors} or {@code reason}. One change of a government's units at a
     * time. Only the unit changes here: its work and its people are moved by the caller in the same transaction.
     *
     * @param governmentCode null for the caller's own government
     */
    @Transactional
    public UnitEnd endUnit(Actor actor, String governmentCode, String code, LocalDate on, List<String> successorCodes,
                           String reason) {
        actor.require(Role.ADMIN);
        long governmentId = governmentFor(actor, governmentCode);
        governments.lockById(governmentId);
        Unit unit = units.findByCode(governmentId, code.trim())
                .orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
        if (unit.isEnded()) {
            throw new ConflictException("error.unit.alreadyEnded", unit.getCode());
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (on == null) {
            errors.add("on", "error.required");
        } else if (on.isAfter(LocalDate.now(clock))) {
            errors.add("on", "error.unit.endInFuture");
        } else if (unit.getValidFrom() != null && !on.isAfter(unit.getValidFrom())) {
            errors.add("on", "error.unit.endBeforeStart");
        }
        if (reason != null && reason.length() > UnitEnd.MAX_REASON) {
            errors.add("reason", "error.register.textLength", UnitEnd.MAX_REASON);
        }
        List<Unit> successors = successors(governmentId, unit, on, successorCodes, errors);
        errors.throwIfAny();
        unit.end(on, successors.stream().map(Unit::getId).toList(), StringUtils.trimToNull(reason));
        return new UnitEnd(dtos(List.of(unit)).get(0), dtos(successors));
    }

    private List<Unit> successors(long governmentId, Unit unit, LocalDate on, List<String> codes,
                                  InvalidInputException.Collector errors) {
        List<String> wanted = codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank())
                .map(c -> c.trim().toUpperCase()).distinct().toList();
        if (wanted.isEmpty()) {
            errors.add("successors", "error.required");
        }
        List<Unit> found = new ArrayList<>();
        for (String code : wanted) {
            Unit successor = units.findByCode(governmentId, code).orElse(null);
            if (successor == null) {
                errors.add("successors", "error.unit.unknown", code);
            } else if (successor.getId().equals(unit.getId())) {
                errors.add("successors", "error.unit.ownSuccessor", code);
            } else if (on != null && !successor.existsOn(on)) {
                errors.add("successors", "error.unit.notActive", code);
            } else {
                found.add(successor);
            }
        }
        return found;
    }

    /** The government an admin names (their own when null); 404 for another one's administrator, as if unknown. */
    public long governmentFor(Actor actor, String governmentCode) {
        if (governmentCode == null || governmentCode.isBlank()) {
            if (actor.governmentId() == null) {
                throw InvalidInputException.of("government", "error.required");
            }
            return actor.governmentId();
        }
        Government government = current(governmentCode)
                .filter(g -> actor.sees(g.getId()))
                .orElseThrow(() -> new NotFoundException("error.government.notFound", governmentCode));
        return government.getId();
    }

    /**
     * The government a code names now: the government itself, or, for one that merged into another, the receiving
     * government, which holds its records (the old code still finds them).
     */
    private Optional<Government> current(String code) {
        return governments.findByCodeIgnoreCase(code.trim()).map(Government::current);
    }

    /** For administrators: every government for the installation's, their own for a government's; 403 for others. */
    public List<GovernmentDto> governments(Actor actor) {
        actor.require(Role.ADMIN);
        if (actor.isInstallationAdmin()) {
            return governments.findAll().stream().map(Government::toDto).toList();
        }
        return actor.governmentId() == null ? List.of() : List.of(government(actor.governmentId()));
    }

    /**
     * Every government that stands (not merged into another), for the installation's own background work (the
     * morning digest, the gauges); no caller check.
     */
    public List<GovernmentDto> allGovernments() {
        return governments.findAll().stream().filter(g -> !g.isMerged()).map(Government::toDto).toList();
    }

    public GovernmentDto government(long id) {
        return governments.findById(id).map(Government::toDto)
                .orElseThrow(() -> new NotFoundException("error.government.notFound", id));
    }

    /**
     * Locks a government until the caller's transaction ends: what is numbered per government (conclusion
     * numbers) is given by one transaction at a time, the next one waits and then sees the number taken.
     */
    @Transactional
    public void lockGovernment(long id) {
        governments.lockById(id).orElseThrow(() -> new NotFoundException("error.government.notFound", id));
    }

    /** The government a code names now: for a merged government's code, the government it merged into. */
    public Optional<GovernmentDto> findGovernment(String code) {
        return code == null ? Optional.empty() : current(code).map(Government::toDto);
    }

    public boolean hasAnyGovernment() {
        return governments.count() > 0;
    }

    /** The units of the caller's government that have not ended (the pickers' choice), departments first. */
    public List<UnitDto> units(Actor actor) {
        return units(actor, false);
    }

    /**
     * The units of the caller's government that existed on some day of [from, to] (either end open when null), ended
     * ones too, departments first: the register's picker for a period. 400 on {@code existedTo} before {@code from}.
     */
    public List<UnitDto> unitsExisting(Actor actor, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("existedTo", "error.dashboard.toBeforeFrom");
        }
        return units(actor, true).stream().filter(u -> u.existedBetween(from, to)).toList();
    }

    /** The units of the caller's government, departments first; ended ones too when asked. */
    public List<UnitDto> units(Actor actor, boolean includeEnded) {
        return actor.governmentId() == null ? List.of() : unitsOf(actor.governmentId()).stream()
                .filter(u -> includeEnded || !u.isEnded()).toList();
    }

    /** The units of a government, for its administrators (the installation admin: any government). */
    public List<UnitDto> unitsOf(Actor actor, String governmentCode) {
        actor.require(Role.ADMIN);
        GovernmentDto government = findGovernment(governmentCode).filter(g -> actor.sees(g.id()))
                .orElseThrow(() -> new NotFoundException("error.government.notFound", governmentCode));
        return unitsOf(government.id());
    }

    /**
     * A government's units, ended ones too (the register, the history, the export and the dashboard keep them):
     * departments, then districts, communes and others, each by code.
     */
    public List<UnitDto> unitsOf(long governmentId) {
        return dtos(units.findAllOfGovernment(governmentId)).stream()
                .sorted(Comparator.comparing(UnitDto::kind).thenComparing(UnitDto::code)).toList();
    }

    /** A unit, ended or not. */
    public Optional<UnitDto> findUnit(long governmentId, String code) {
        return code == null ? Optional.empty() : units.findByCode(governmentId, code.trim()).map(u -> dtos(List.of(u)).get(0));
    }

    /**
     * A unit that may be given new work (one that has not ended), for the services that give it: 400 on
     * {@code field} for an unknown or ended one.
     */
    public UnitDto activeUnit(long governmentId, String code, String field) {
        UnitDto unit = findUnit(governmentId, code)
                .orElseThrow(() -> InvalidInputException.of(field, "error.unit.unknown", code));
        if (unit.isEnded()) {
            throw InvalidInputException.of(field, "error.unit.ended", unit.code());
        }
        return unit;
    }

    public Map<Long, UnitDto> unitsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dtos(units.findAllWithParent(ids)).stream()
                .collect(Collectors.toMap(UnitDto::id, Function.identity()));
    }

    /** The units as the API sees them, their successors named by code (read in one more query when needed). */
    private List<UnitDto> dtos(List<Unit> list) {
        Map<Long, String> codes = new HashMap<>();
        list.forEach(u -> codes.put(u.getId(), u.getCode()));
        Collection<Long> missing = new LinkedHashSet<>();
        list.forEach(u -> u.getSuccessorIds().stream().filter(id -> !codes.containsKey(id)).forEach(missing::add));
        if (!missing.isEmpty()) {
            units.findAllById(missing).forEach(u -> codes.put(u.getId(), u.getCode()));
        }
        return list.stream().map(u -> u.toDto(codes)).toList();
    }
}
