package vn.chidao.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.lang3.StringUtils;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.Announcements;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentAccess;
import vn.chidao.assignment.AssignmentQueries;
import vn.chidao.assignment.DirectiveAssignmentProcess;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.EngineActions;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.TaskGroups;
import vn.chidao.notification.NoticeText;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * The secretariat moves open assignments from one unit to another of the same government, with a reason. Each
 * moved assignment keeps its history (and gets a line saying who moved it, from where to where and why), counts
 * for the new unit in the figures, and its process gives the unit's open tasks, and those it creates later, to
 * the new unit. A directive the new unit already has a part in is left alone and reported.
 *
 * <p>Two secretaries moving at once cannot give one unit two parts of a directive: every part of a directive is
 * locked before it is checked, directive after directive in id order (so two moves never wait for each other in
 * a circle); the second one then sees the first one's result.
 */
@Component
class Reassignment {

    static final int MAX_REASON = 2000;
    static final int MAX_IDS = 10_000;
    /** Up to this many moved assignments the new unit hears of each; beyond, of all in one notice. */
    static final int ANNOUNCED_ONE_BY_ONE = 20;

    private final AssignmentQueries assignments;
    private final AssignmentAccess access;
    private final OrganisationService organisation;
    private final EngineActions engine;
    private final Announcements announcements;
    private final NotificationService notifications;

    Reassignment(AssignmentQueries assignments, AssignmentAccess access, OrganisationService organisation,
                 EngineActions engine, Announcements announcements, NotificationService notifications) {
        this.assignments = assignments;
        this.access = access;
        this.organisation = organisation;
        this.engine = engine;
        this.announcements = announcements;
        this.notifications = notifications;
    }

    ReassignResult run(Actor actor, ReassignInput input) {
        actor.require(Role.SECRETARIAT);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String reason = input == null ? null : StringUtils.trimToNull(input.reason());
        if (reason == null) {
            errors.add("reason", "error.required");
        } else if (reason.length() > MAX_REASON) {
            errors.add("reason", "error.register.textLength", MAX_REASON);
        }
        UnitDto from = unit(actor, input == null ? null : input.fromUnit(), "fromUnit", errors);
        UnitDto to = unit(actor, input == null ? null : input.toUnit(), "toUnit", errors);
        if (from != null && to != null && from.id() == to.id()) {
            errors.add("toUnit", "error.reassign.sameUnit");
        } else if (to != null && to.isEnded()) {
            errors.add("toUnit", "error.unit.ended", to.code());
        }
        List<Long> wanted = input == null || input.assignmentIds() == null ? List.of()
                : input.assignmentIds().stream().filter(Objects::nonNull).distinct().toList();
        if (input != null && input.assignmentIds() != null && input.assignmentIds().stream().anyMatch(Objects::isNull)) {
            // [null] must not read as "no ids", which moves all of the unit's open assignments
            errors.add("assignmentIds", "error.required");
        } else if (input != null && input.assignmentIds() != null && input.assignmentIds().size() > MAX_IDS) {
            errors.add("assignmentIds", "error.reassign.tooMany", MAX_IDS);
        } else if (wanted.size() > MAX_IDS) {
            errors.add("assignmentIds", "error.reassign.tooMany", MAX_IDS);
        }
        errors.throwIfAny();

        Outcome outcome = move(actor, from, to, wanted, reason);
        if (wanted.size() == 1 && !outcome.skipped.isEmpty()) {
            throw refusal(outcome.skipped.get(0), from, to);
        }
        return new ReassignResult(from.code(), to.code(), outcome.moved, outcome.skipped);
    }

    /**
     * A reorganisation hands the open assignments {@code ids} of a unit that ends over to a successor of the same
     * government (the caller has checked its rights and the units): every one of them, or, by a 409 naming the first
     * that cannot move (the successor already has a part in that directive, or it is no longer open there), none.
     */
    List<Long> handOver(Actor actor, UnitDto from, UnitDto to, List<Long> ids, String reason) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Outcome outcome = move(actor, from, to, ids, reason);
        if (!outcome.skipped.isEmpty()) {
            throw new ConflictException("error.unit.cannotMove", outcome.skipped.get(0).id(), to.code());
        }
        return outcome.moved;
    }

    /** Moves what can move of {@code wanted} (every open part of {@code from} when empty) and tells the new unit. */
    private Outcome move(Actor actor, UnitDto from, UnitDto to, List<Long> wanted, String reason) {
        Outcome outcome = new Outcome();
        Map<Long, Set<Long>> byDirective = candidates(from, wanted, outcome);
        byDirective.forEach((directiveId, ids) -> moveParts(actor, directiveId, ids, from, to, reason, outcome));
        announce(outcome.movedParts, from, reason);
        return outcome;
    }

    private static final class Outcome {
        private final List<Long> moved = new ArrayList<>();
        private final List<Assignment> movedParts = new ArrayList<>();
        private final List<ReassignResult.Skipped> skipped = new ArrayList<>();

        void skip(long id, ReassignResult.Reason reason) {
            skipped.add(new ReassignResult.Skipped(id, reason));
        }
    }

    /** The assignments to look at, by directive, both in ascending order (the locking order). */
    private Map<Long, Set<Long>> candidates(UnitDto from, List<Long> wanted, Outcome outcome) {
        List<AssignmentQueries.Part> found = wanted.isEmpty()
                ? assignments.openPartsOfUnit(from.governmentId(), from.id())
                : assignments.partsIn(from.governmentId(), wanted);
        Map<Long, Set<Long>> byDirective = new TreeMap<>();
        Set<Long> seen = new TreeSet<>();
        for (AssignmentQueries.Part part : found) {
            byDirective.computeIfAbsent(part.directiveId(), d -> new TreeSet<>()).add(part.id());
            seen.add(part.id());
        }
        wanted.stream().filter(id -> !seen.contains(id)).forEach(id -> outcome.skip(id, ReassignResult.Reason.NOT_FOUND));
        return byDirective;
    }

    private void moveParts(Actor actor, long directiveId, Set<Long> ids, UnitDto from, UnitDto to, String reason,
                           Outcome outcome) {
        List<Assignment> parts = access.lockDirective(directiveId);
        for (Assignment a : parts) {
            if (!ids.contains(a.getId())) {
                continue;
            }
            ReassignResult.Reason refused = check(a, parts, from, to);
            if (refused != null) {
                outcome.skip(a.getId(), refused);
                continue;
            }
            access.moveTo(a, to.id());
            access.record(a, actor.username(), "REASSIGNED", from.code() + " → " + to.code() + " · " + reason);
            engine.moveTasks(actor, a.getProcessInstanceId(), TaskGroups.UNIT + from.id(), TaskGroups.UNIT + to.id(),
                    Map.of(DirectiveAssignmentProcess.VAR_UNIT_ID, to.id()));
            outcome.moved.add(a.getId());
            outcome.movedParts.add(a);
        }
    }

    /**
     * The new unit's focal points hear of the work now theirs (TASK_ASSIGNED): of each moved assignment, or, when a
     * handover moves more than {@value #ANNOUNCED_ONE_BY_ONE}, of all of them in one notice that sends them to the
     * register, rather than a flood of notices and emails.
     */
    private void announce(List<Assignment> moved, UnitDto from, String reason) {
        if (moved.isEmpty()) {
            return;
        }
        if (moved.size() <= ANNOUNCED_ONE_BY_ONE) {
            moved.forEach(a -> announcements.tell(a, announcements.focalPoints(a), NotificationKind.TASK_ASSIGNED,
                    "notice.taskReassigned", from.name(), reason));
            return;
        }
        Assignment first = moved.get(0);
        notifications.notify(first.getGovernmentId(), announcements.focalPoints(first), NotificationKind.TASK_ASSIGNED,
                null, new NoticeText("notice.tasksReassigned", moved.size(), from.name(), reason));
    }

    /** Why this (locked) assignment stays where it is, or null to move it. */
    private static ReassignResult.Reason check(Assignment a, List<Assignment> parts, UnitDto from, UnitDto to) {
        if (!a.getUnitId().equals(from.id())) {
            return ReassignResult.Reason.OTHER_UNIT;
        }
        if (!a.getStatus().isOpen()) {
            return ReassignResult.Reason.NOT_OPEN;
        }
        if (parts.stream().anyMatch(p -> p.getUnitId().equals(to.id()))) {
            return ReassignResult.Reason.ALREADY_ASSIGNED;
        }
        return null;
    }

    /** One assignment asked for and not moved: the reason as the API's error. */
    private RuntimeException refusal(ReassignResult.Skipped skipped, UnitDto from, UnitDto to) {
        return switch (skipped.reason()) {
            case ALREADY_ASSIGNED -> new ConflictException("error.reassign.duplicate", to.code());
            case NOT_OPEN -> new ConflictException("error.assignment.closed", access.find(skipped.id()).getStatus());
            case OTHER_UNIT -> new ConflictException("error.reassign.notOfUnit", skipped.id(), from.code());
            case NOT_FOUND -> new NotFoundException("error.assignment.notFound", skipped.id());
        };
    }

    private UnitDto unit(Actor actor, String code, String field, InvalidInputException.Collector errors) {
        if (code == null || code.isBlank()) {
            errors.add(field, "error.required");
            return null;
        }
        UnitDto unit = organisation.findUnit(actor.governmentId(), code).orElse(null);
        if (unit == null) {
            errors.add(field, "error.unit.unknown", code.trim());
        }
        return unit;
    }
}
