package vn.chidao.reorganisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitEnd;
import vn.chidao.organisation.UnitEndRequest;
import vn.chidao.organisation.UnitEndRequest.UsersChoice;
import vn.chidao.organisation.UnitEndResult;
import vn.chidao.organisation.UnitEndings;
import vn.chidao.organisation.UnitMergeRequest;
import vn.chidao.register.RegisterService;
import vn.chidao.security.UserAccountService;

/**
 * An ADMIN of a government (the installation admin: of any, naming it) ends a unit: the unit ends on the day, each
 * open assignment moves to its successor through the register's reassignment (keeping its deadline, history and
 * process instance; its open tasks and later ones go to the successor's people), and the unit's users move or are
 * disabled. One transaction: an error anywhere leaves everything as it was.
 */
@Service
@Transactional(readOnly = true)
class UnitReorganisation implements UnitEndings {

    private final OrganisationService organisation;
    private final RegisterService register;
    private final UserAccountService accounts;
    private final Messages messages;

    UnitReorganisation(OrganisationService organisation, RegisterService register, UserAccountService accounts,
                       Messages messages) {
        this.organisation = organisation;
        this.register = register;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public List<OpenWork> openWork(Actor actor, String governmentCode, String unitCode) {
        UnitDto unit = unit(actor, governmentCode, unitCode);
        return register.openOfUnit(unit).stream().map(UnitReorganisation::describe).toList();
    }

    /**
     * 403 for other roles; 404 for an unknown unit or one of another government; 409 when it has ended already, or
     * when an assignment cannot move (its successor already has a part in the same directive); 400 on {@code on},
     * {@code successors}, {@code assignments} (listing the open assignments left without a successor) or
     * {@code users}.
     */
    @Override
    @Transactional
    public UnitEndResult end(Actor actor, String governmentCode, String unitCode, UnitEndRequest request) {
        request.requireCounts();
        UnitEnd ended = organisation.endUnit(actor, governmentCode, unitCode, request.on(), request.successors(),
                request.reason());
        UnitDto unit = ended.unit();
        Map<String, UnitDto> successors = ended.successors().stream()
                .collect(Collectors.toMap(UnitDto::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<Long, UnitDto> plan = plan(unit, successors, request.assignments(), errors);
        UnitDto usersTo = usersTarget(request.users(), successors, accounts.hasUsers(unit.id()), errors);
        errors.throwIfAny();

        String reason = StringUtils.defaultIfBlank(StringUtils.trimToNull(request.reason()),
                messages.get(Messages.VIETNAMESE, "unit.end.defaultReason", unit.name()));
        Map<Long, String> moved = new TreeMap<>();
        for (UnitDto successor : successors.values()) {
            List<Long> ids = plan.entrySet().stream().filter(e -> e.getValue().id() == successor.id())
                    .map(Map.Entry::getKey).toList();
            register.handOver(actor, unit, successor, ids, reason).forEach(id -> moved.put(id, successor.code()));
        }
        List<String> users = accounts.handOverUsers(actor, unit.id(), usersTo == null ? null : usersTo.id());
        return new UnitEndResult(unit, moved, usersTo == null ? List.of() : users, usersTo == null ? users : List.of());
    }

    /**
     * 400 on {@code from} without a unit other than {@code into}; then each unit as {@link #end} with {@code into}
     * as its successor, in the order given.
     */
    @Override
    @Transactional
    public List<UnitEndResult> merge(Actor actor, String governmentCode, UnitMergeRequest request) {
        actor.require(Role.ADMIN);
        String into = StringUtils.trimToNull(request.into());
        if (into == null) {
            throw InvalidInputException.of("into", "error.required");
        }
        if (request.from().size() > UnitEndRequest.MAX_UNITS) {
            throw InvalidInputException.of("from", "error.listSize", UnitEndRequest.MAX_UNITS);
        }
        List<String> from = request.from().stream().filter(StringUtils::isNotBlank).map(String::trim)
                .filter(code -> !code.equalsIgnoreCase(into)).distinct().toList();
        if (from.isEmpty()) {
            throw InvalidInputException.of("from", "error.unit.mergeFrom");
        }
        UsersChoice users = request.users() != null && request.users().mode() == UsersChoice.Mode.DISABLE
                ? UsersChoice.disable() : UsersChoice.moveTo(into);
        List<UnitEndResult> results = new ArrayList<>();
        for (String code : from) {
            results.add(end(actor, governmentCode, code,
                    new UnitEndRequest(request.on(), List.of(into), Map.of(), request.reason(), users)));
        }
        return results;
    }

    /** Each open assignment's successor: the only one, or the one {@code named}; errors for what is missing. */
    private Map<Long, UnitDto> plan(UnitDto unit, Map<String, UnitDto> successors, Map<Long, String> named,
                                    InvalidInputException.Collector errors) {
        List<Long> open = register.openOfUnit(unit).stream().map(AssignmentRow::id).sorted().toList();
        Map<Long, UnitDto> plan = new TreeMap<>();
        named.forEach((id, code) -> {
            UnitDto successor = code == null ? null : successors.get(code.trim().toUpperCase());
            if (!open.contains(id)) {
                errors.add("assignments", "error.unit.notOpenAssignment", id);
            } else if (successor == null) {
                errors.add("assignments", "error.unit.notSuccessor", code);
            } else {
                plan.put(id, successor);
            }
        });
        if (successors.size() == 1) {
            UnitDto only = successors.values().iterator().next();
            open.forEach(id -> plan.putIfAbsent(id, only));
        } else if (!successors.isEmpty()) {
            List<Long> unnamed = open.stream().filter(id -> !plan.containsKey(id) && !named.containsKey(id)).toList();
            if (!unnamed.isEmpty()) {
                errors.add("assignments", "error.unit.assignmentsUnnamed",
                        unnamed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
        return plan;
    }

    /** The successor receiving the users, or null to disable them. */
    private static UnitDto usersTarget(UsersChoice choice, Map<String, UnitDto> successors, boolean hasUsers,
                                       InvalidInputException.Collector errors) {
        if (choice != null && choice.mode() == UsersChoice.Mode.DISABLE) {
            return null;
        }
        String to = choice == null ? null : StringUtils.trimToNull(choice.to());
        if (to == null && successors.size() == 1) {
            return successors.values().iterator().next();
        }
        UnitDto target = to == null ? null : successors.get(to.toUpperCase());
        if (target == null && !successors.isEmpty() && (hasUsers || to != null)) {
            errors.add("users", "error.unit.usersTo");
        }
        return target;
    }

    /** The unit to end or whose work to list, as {@link OrganisationService#endUnit} finds it (403, 404). */
    private UnitDto unit(Actor actor, String governmentCode, String code) {
        actor.require(Role.ADMIN);
        return organisation.findUnit(organisation.governmentFor(actor, governmentCode), code)
                .orElseThrow(() -> new NotFoundException("error.unit.notFound", code));
    }

    private static OpenWork describe(AssignmentRow row) {
        String number = row.conclusionNumber() == null ? "#" + row.conclusionId() : row.conclusionNumber();
        return new OpenWork(row.id(), number + " · " + row.directiveOrdinal() + ". "
                + StringUtils.abbreviate(row.content(), 120), row.deadline());
    }
}
