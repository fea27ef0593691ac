package vn.chidao.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;

/**
 * The installation's administrator merges a government into another (Bắc Kạn into Thái Nguyên): the absorbed
 * government's units move into the receiving one, it is marked merged, and {@link GovernmentMerged} tells the
 * features holding its other records. Ending the units that the map gives a successor is the caller's, in the same
 * transaction (their open work moves through the reorganisation's hand-over).
 */
@Service
@Transactional(readOnly = true)
public class GovernmentMerges {

    /** The separator of the code an absorbed unit that ends keeps in the receiving government: "BKN-SO_TTTT". */
    static final String CODE_SEPARATOR = "-";
    private static final int UNIT_CODE_MAX = 30;

    private final GovernmentRepository governments;
    private final UnitRepository units;
    private final AppClock clock;
    private final ApplicationEventPublisher publisher;

    GovernmentMerges(GovernmentRepository governments, UnitRepository units, AppClock clock,
                     ApplicationEventPublisher publisher) {
        this.governments = governments;
        this.units = units;
        this.clock = clock;
        this.publisher = publisher;
    }

    /**
     * 403 for anyone but the installation's administrator (a government's ADMIN too); 400 on {@code into},
     * {@code from}, {@code on} (missing, after today) or {@code unitMap} (an unknown or ended absorbed unit, a
     * successor that is not an active unit of the receiving government, a unit moving as it is whose code the
     * receiving government already has); 400 on {@code from} for the same government twice; 404 for an unknown
     * government; 409 when either has merged already. An absorbed unit that ends, or had ended, keeps its records
     * under {@code <from>-<code>} when the receiving government has its code.
     */
    @Transactional
    public GovernmentMerged merge(Actor actor, GovernmentMergeRequest request) {
        actor.require(Role.ADMIN);
        if (!actor.isInstallationAdmin()) {
            throw new ForbiddenException("error.government.mergeAdmin");
        }
        String intoCode = StringUtils.trimToNull(request.into());
        String fromCode = StringUtils.trimToNull(request.from());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (intoCode == null) {
            errors.add("into", "error.required");
        }
        if (fromCode == null) {
            errors.add("from", "error.required");
        } else if (fromCode.equalsIgnoreCase(intoCode)) {
            errors.add("from", "error.government.mergeSame");
        }
        if (request.on() == null) {
            errors.add("on", "error.required");
        } else if (request.on().isAfter(LocalDate.now(clock))) {
            errors.add("on", "error.government.mergeInFuture");
        }
        if (request.unitMap().size() > GovernmentMergeRequest.MAX_UNITS) {
            errors.add("unitMap", "error.listSize", GovernmentMergeRequest.MAX_UNITS);
        }
        errors.throwIfAny();

        Government into = find(intoCode);
        Government from = find(fromCode);
        List<Government> both = new ArrayList<>(List.of(into, from));
        both.sort(Comparator.comparing(Government::getId));
        both.forEach(g -> governments.lockById(g.getId()));
        for (Government g : both) {
            if (g.isMerged()) {
                throw new ConflictException("error.government.merged", g.getCode(), g.getMergedInto().getCode());
            }
        }

        Plan plan = plan(from, into, request.on(), request.unitMap(), errors);
        errors.throwIfAny();
        plan.moves.forEach((unit, code) -> unit.moveToGovernment(into.getId(), code));
        from.mergeInto(into, request.on());
        GovernmentMerged merged = new GovernmentMerged(from.getId(), into.getId(), from.getCode(), into.getCode(),
                request.on(), plan.movedAsIs, plan.ending);
        publisher.publishEvent(merged);
        return merged;
    }

    private Government find(String code) {
        return governments.findByCodeIgnoreCase(code)
                .orElseThrow(() -> new NotFoundException("error.government.notFound", code));
    }

    /** Each absorbed unit's code in the receiving government, and the successors of those that end. */
    private Plan plan(Government from, Government into, LocalDate on, Map<String, String> unitMap,
                      InvalidInputException.Collector errors) {
        Map<String, Unit> absorbed = units.findAllOfGovernment(from.getId()).stream()
                .collect(Collectors.toMap(u -> u.getCode().toUpperCase(), u -> u, (a, b) -> a, LinkedHashMap::new));
        Map<String, Unit> receiving = units.findAllOfGovernment(into.getId()).stream()
                .collect(Collectors.toMap(u -> u.getCode().toUpperCase(), u -> u, (a, b) -> a));
        Map<String, Unit> successors = new LinkedHashMap<>();
        unitMap.forEach((code, successorCode) -> {
            String key = StringUtils.trimToEmpty(code).toUpperCase();
            Unit unit = absorbed.get(key);
            String target = StringUtils.trimToNull(successorCode);
            if (unit == null) {
                errors.add("unitMap", "error.government.mergeUnitUnknown", code, from.getCode());
            } else if (target != null && unit.isEnded()) {
                errors.add("unitMap", "error.unit.alreadyEnded", unit.getCode());
            } else if (target != null) {
                Unit successor = receiving.get(target.toUpperCase());
                if (successor == null || successor.isEnded() || (on != null && !successor.existsOn(on))) {
                    errors.add("unitMap", "error.government.mergeSuccessor", unit.getCode(), target, into.getCode());
                } else {
                    successors.put(key, successor);
                }
            }
        });
        Plan plan = new Plan();
        Set<String> taken = new TreeSet<>(receiving.keySet());
        for (Map.Entry<String, Unit> entry : absorbed.entrySet()) {
            Unit unit = entry.getValue();
            Unit successor = successors.get(entry.getKey());
            boolean keepsRecordsOnly = successor != null || unit.isEnded();
            String code = unit.getCode();
            if (taken.contains(code.toUpperCase()) && keepsRecordsOnly) {
                code = from.getCode() + CODE_SEPARATOR + unit.getCode();
            }
            if (taken.contains(code.toUpperCase())) {
                errors.add("unitMap", "error.government.mergeCodeTaken", unit.getCode(), into.getCode());
                continue;
            }
            if (code.length() > UNIT_CODE_MAX) {
                errors.add("unitMap", "error.government.mergeCodeLong", unit.getCode(), code);
                continue;
            }
            taken.add(code.toUpperCase());
            plan.moves.put(unit, code);
            if (successor != null) {
                plan.ending.put(code, successor.getCode());
            } else {
                plan.movedAsIs.add(code);
            }
        }
        return plan;
    }

    private static final class Plan {
        final Map<Unit, String> moves = new LinkedHashMap<>();
        final List<String> movedAsIs = new ArrayList<>();
        final Map<String, String> ending = new LinkedHashMap<>();
    }
}
