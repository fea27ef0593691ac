package vn.chidao.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CancelInput;
import vn.chidao.assignment.CloseInput;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ContributionInput;
import vn.chidao.assignment.DirectiveService;
import vn.chidao.assignment.ProgressUpdate;
import vn.chidao.assignment.ReviewDecision;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.clock.ClockService;
import vn.chidao.conclusion.AssignmentSummary;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.extension.ExtensionDecision;
import vn.chidao.extension.ExtensionInput;
import vn.chidao.extension.ExtensionService;
import vn.chidao.organisation.GovernmentMergeRequest;
import vn.chidao.organisation.GovernmentMerging;
import vn.chidao.organisation.NewGovernment;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitEndRequest;
import vn.chidao.organisation.UnitEndResult;
import vn.chidao.organisation.UnitEndings;
import vn.chidao.organisation.UnitMergeRequest;
import vn.chidao.security.NewUser;
import vn.chidao.security.UserService;

/**
 * Replays one checked seed file through the public services, inside the caller's transaction. Each action is
 * done by the person whose part it is (see {@link SeedFile.Action.By}); the clock moves to its day only through
 * {@link ClockService#replayTo}, so the processes' timers fire on the way, and at the end to the moment loading started, so
 * whatever fell due by then has happened. The file's reorganisation {@code changes} are done by the installation
 * admin through {@link UnitEndings} as soon as the replay reaches their day (before that day's steps): the ended
 * unit's users move to its first successor and act for it from then on. A government merge
 * ({@code MERGE_GOVERNMENT}) goes through {@link GovernmentMerging}, also as the installation admin.
 */
class Replay {

    /** The services a replay calls. */
    record Services(OrganisationService organisation, UserService users, ConclusionService conclusions,
                    AssignmentService assignments, ExtensionService extensions, DirectiveService directives,
                    Messages messages, ClockService clock, UnitEndings endings,
                    GovernmentMerging governments) {
    }

    private final Services services;
    private final SeedFile seed;
    private final LocalDate today;
    private final Instant startedAt;
    private final Map<String, Actor> actors = new HashMap<>();
    /** Each user's unit now, where a change moved them. */
    private final Map<String, String> movedUsers = new HashMap<>();
    /** The assignments of each issued directive ("conclusions[i].directives[j]") by unit code. */
    private final Map<String, Map<String, Long>> assignmentsOf = new HashMap<>();
    private final List<Integer> pendingChanges = new ArrayList<>();
    private Actor admin;
    private int changeCount;
    private LocalDate day;
    private int actionsThatDay;
    private int assignmentCount;
    private int stepCount;
    private int jobCount;
    private long clockNanos;

    Replay(Services services, SeedFile seed, LocalDate today, Instant startedAt) {
        this.services = services;
        this.seed = seed;
        this.today = today;
        this.startedAt = startedAt;
    }

    DemoLoader.Outcome run() {
        admin = attempt("users", () -> services.users().actorOf(UserService.ADMIN_USERNAME));
        String code = seed.government().code();
        attempt("government", () -> services.organisation()
                .createGovernment(admin, new NewGovernment(code, seed.government().name())));
        for (int i = 0; i < seed.units().size(); i++) {
            SeedFile.Unit unit = seed.units().get(i);
            attempt("units[" + i + "]", () -> services.organisation()
                    .createUnit(admin, new NewUnit(code, unit.code(), unit.name(), unit.kind(), unit.parent(),
                            unit.shortName(), null, unit.validFrom() == null ? null : unit.validFrom().resolve(today))));
        }
        for (int i = 0; i < seed.users().size(); i++) {
            SeedFile.User user = seed.users().get(i);
            attempt("users[" + i + "]", () -> services.users().createUser(admin, new NewUser(user.username(),
                    DemoLoader.PASSWORD, user.displayName(), user.roles(), code, user.unit(), null)));
        }
        for (int i = 0; i < seed.changes().size(); i++) {
            pendingChanges.add(i);
        }
        pendingChanges.sort(Comparator.comparing(i -> seed.changes().get(i).date().resolve(today)));
        for (int i = 0; i < seed.conclusions().size(); i++) {
            conclusion("conclusions[" + i + "]", seed.conclusions().get(i));
        }
        changesUpTo(today);
        advance("jobs due by the day of loading", startedAt);
        return new DemoLoader.Outcome(seed.file(), code, true, seed.units().size(), seed.users().size(),
                seed.conclusions().size(), assignmentCount, stepCount, changeCount, jobCount, clockNanos / 1_000_000);
    }

    private void conclusion(String at, SeedFile.Conclusion c) {
        Actor secretariat = actorWith(Role.SECRETARIAT, null);
        Actor leader = actorWith(Role.LEADER, null);
        LocalDate meeting = c.meetingDate().resolve(today);
        ConclusionDraft draft = new ConclusionDraft(c.committee(), meeting, c.title().trim(),
                c.directives().stream().map(this::directive).toList(), c.committeeChair());
        moveTo(at, c.draftedOn() == null ? meeting : c.draftedOn().resolve(today));
        long id = attempt(at + " (create)", () -> services.conclusions().create(secretariat, draft)).id();
        if (c.state() == SeedFile.State.DRAFT) {
            return;
        }
        moveTo(at, c.submittedOn().resolve(today));
        attempt(at + " (submit)", () -> services.conclusions().submit(secretariat, id));
        if (c.state() == SeedFile.State.REJECTED) {
            moveTo(at, c.rejection().date().resolve(today));
            attempt(at + " (reject)", () -> services.conclusions().reject(leader, id, c.rejection().comment().trim()));
            return;
        }
        if (c.state() == SeedFile.State.AWAITING_APPROVAL) {
            return;
        }
        moveTo(at, c.issuedOn().resolve(today));
        ConclusionDetail issued = attempt(at + " (approve)", () -> services.conclusions().approve(leader, id, c.number()));
        List<Map<String, Long>> assignmentIds = issued.directives().stream()
                .map(d -> d.assignments().stream()
                        .collect(Collectors.toMap(AssignmentSummary::unitCode, AssignmentSummary::id)))
                .toList();
        List<Long> directiveIds = issued.directives().stream().map(ConclusionDetail.DirectiveDetail::id).toList();
        assignmentIds.forEach(byUnit -> assignmentCount += byUnit.size());
        for (int d = 0; d < assignmentIds.size(); d++) {
            assignmentsOf.put(at + ".directives[" + d + "]", assignmentIds.get(d));
        }
        replaySteps(at, c, directiveIds, assignmentIds);
    }

    /** Every step of the conclusion's directives, in date order (the file's order within a day). */
    private void replaySteps(String at, SeedFile.Conclusion c, List<Long> directiveIds,
                             List<Map<String, Long>> assignmentIds) {
        record Dated(int directive, int index, SeedFile.Step step, LocalDate day) {
        }
        List<Dated> steps = new ArrayList<>();
        for (int d = 0; d < c.directives().size(); d++) {
            List<SeedFile.Step> list = c.directives().get(d).steps();
            for (int s = 0; s < list.size(); s++) {
                steps.add(new Dated(d, s, list.get(s), list.get(s).date().resolve(today)));
            }
        }
        steps.sort(Comparator.comparing(Dated::day));
        for (Dated dated : steps) {
            SeedFile.Directive directive = c.directives().get(dated.directive());
            String stepAt = at + ".directives[" + dated.directive() + "].steps[" + dated.index() + "]";
            SeedFile.Step step = dated.step();
            if (step.action().isDirectiveLevel()) {
                moveTo(stepAt, dated.day());
                long directiveId = directiveIds.get(dated.directive());
                attempt(stepAt + " (" + step.action() + " on " + dated.day() + ")",
                        () -> directiveStep(step, directiveId));
                stepCount++;
                continue;
            }
            for (String unit : seed.unitsOf(directive, step)) {
                moveTo(stepAt, dated.day());
                long assignment = assignmentIds.get(dated.directive()).get(unit);
                attempt(stepAt + " (" + step.action() + " " + unit + " on " + dated.day() + ")",
                        () -> step(step, directive, unit, assignment));
                stepCount++;
            }
        }
    }

    /** One unit's action, done by whoever's part it is. */
    private Object step(SeedFile.Step step, SeedFile.Directive directive, String unit, long assignment) {
        AssignmentService assignments = services.assignments();
        String text = text(step);
        Actor actor = switch (step.action().by()) {
            case UNIT -> actorWith(Role.FOCAL_POINT, unit);
            case SECRETARIAT -> actorWith(Role.SECRETARIAT, null);
            case LEADER -> actorWith(Role.LEADER, null);
            case DECIDER -> actorWith(directive.leaderSignOff() ? Role.LEADER : Role.SECRETARIAT, null);
        };
        return switch (step.action()) {
            case ACKNOWLEDGE -> assignments.acknowledge(actor, assignment);
            case PROGRESS -> assignments.progress(actor, assignment, new ProgressUpdate(step.percent(), text));
            case REPORT -> assignments.report(actor, assignment, new CompletionReport(text));
            case CONTRIBUTE -> assignments.contribute(actor, assignment, new ContributionInput(text));
            case ACCEPT -> assignments.review(actor, assignment, new ReviewDecision(ReviewDecision.Decision.ACCEPT, text));
            case RETURN -> assignments.review(actor, assignment, new ReviewDecision(ReviewDecision.Decision.RETURN, text));
            case SIGN_OFF -> assignments.signOff(actor, assignment,
                    new ReviewDecision(ReviewDecision.Decision.ACCEPT, text));
            case RETURN_SIGN_OFF -> assignments.signOff(actor, assignment,
                    new ReviewDecision(ReviewDecision.Decision.RETURN, text));
            case EXTEND -> services.extensions().request(actor, assignment,
                    new ExtensionInput(step.newDeadline().resolve(today), text));
            case APPROVE_EXTENSION -> services.extensions().decide(actor, assignment, new ExtensionDecision(true, text));
            case REFUSE_EXTENSION -> services.extensions().decide(actor, assignment, new ExtensionDecision(false, text));
            case CANCEL, CLOSE -> throw new IllegalStateException(step.action() + " acts on the directive");
        };
    }

    /** CANCEL or CLOSE, by the secretariat. */
    private Object directiveStep(SeedFile.Step step, long directiveId) {
        Actor secretariat = actorWith(Role.SECRETARIAT, null);
        return step.action() == SeedFile.Action.CANCEL
                ? services.directives().cancel(secretariat, directiveId, new CancelInput(text(step)))
                : services.directives().close(secretariat, directiveId, new CloseInput(text(step)));
    }

    private static String text(SeedFile.Step step) {
        return step.text() == null ? null : step.text().trim();
    }

    private DirectiveDraft directive(SeedFile.Directive d) {
        return new DirectiveDraft(d.content().trim(), d.lead(), seed.coordinatingUnits(d),
                d.deadline() == null ? null : d.deadline().resolve(today), d.ongoing(), d.leaderSignOff(),
                d.deadlineWorkingDays(), d.reminderDays(), d.reportEvery());
    }

    /** The first declared user with the role (of the unit now, for unit roles), as an actor. */
    private Actor actorWith(Role role, String unit) {
        SeedFile.User user = seed.users().stream()
                .filter(u -> u.roles().contains(role)
                        && (unit == null || unit.equals(movedUsers.getOrDefault(u.username(), u.unit()))))
                .findFirst().orElseThrow(() -> new SeedException(seed.file() + ": no " + role + " user"
                        + (unit == null ? "" : " for " + unit)));
        return actors.computeIfAbsent(user.username(), services.users()::actorOf);
    }

    /**
     * Moves the clock to a working moment of the day: from 08:30 (after the 08:00 reminders), a minute later for
     * each action that day, so the history keeps the file's order; never past the moment loading started. The
     * jobs that fall due on the way run first ({@link ClockService#replayTo}); one that fails is reported at {@code entry}.
     */
    private void moveTo(String entry, LocalDate next) {
        changesUpTo(next);
        moveClock(entry, next);
    }

    /** The changes not yet done whose day is {@code day} or before, in date order, each on its day. */
    private void changesUpTo(LocalDate day) {
        while (!pendingChanges.isEmpty() && !seed.changes().get(pendingChanges.get(0)).date().resolve(today).isAfter(day)) {
            int index = pendingChanges.remove(0);
            SeedFile.Change change = seed.changes().get(index);
            String at = "changes[" + index + "]";
            LocalDate on = change.date().resolve(today);
            moveClock(at, on);
            List<UnitEndResult> results = attempt(at + " (" + change.action() + " on " + on + ")",
                    () -> change(change, on));
            for (UnitEndResult result : results) {
                for (String username : result.usersMoved()) {
                    movedUsers.put(username, change.takers().get(0));
                    actors.remove(username);
                }
            }
            changeCount++;
        }
    }

    private List<UnitEndResult> change(SeedFile.Change change, LocalDate on) {
        String government = seed.government().code();
        String reason = change.reason() == null ? null : change.reason().trim();
        if (change.action() == SeedFile.ChangeAction.MERGE_GOVERNMENT) {
            services.governments().merge(admin, new GovernmentMergeRequest(change.into(), change.fromGovernment(), on,
                    change.unitMap()));
            return List.of();
        }
        if (change.action() == SeedFile.ChangeAction.MERGE) {
            return services.endings().merge(admin, government,
                    new UnitMergeRequest(change.into(), change.from(), on, reason, null));
        }
        String first = change.successors().get(0);
        Map<Long, String> named = new HashMap<>();
        change.assignments().forEach((directive, successor) -> {
            Long id = assignmentsOf.getOrDefault(directive.trim(), Map.of()).get(change.unit());
            if (id != null) {
                named.put(id, successor);
            }
        });
        Map<Long, String> assignments = new HashMap<>();
        if (change.successors().size() > 1) {
            services.endings().openWork(admin, government, change.unit())
                    .forEach(open -> assignments.put(open.id(), named.getOrDefault(open.id(), first)));
        }
        return List.of(services.endings().end(admin, government, change.unit(), new UnitEndRequest(on,
                change.successors(), assignments, reason, UnitEndRequest.UsersChoice.moveTo(first))));
    }

    private void moveClock(String entry, LocalDate next) {
        if (!next.equals(day)) {
            day = next;
            actionsThatDay = 0;
        }
        Instant at = next.atTime(8, 30).plusMinutes(actionsThatDay).atZone(Dates.ZONE).toInstant();
        if (at.isAfter(startedAt)) {
            Instant floor = next.atStartOfDay(Dates.ZONE).toInstant().plusSeconds(actionsThatDay);
            Instant recent = startedAt.minusSeconds(600).plusSeconds(actionsThatDay);
            at = recent.isAfter(floor) ? recent : floor;
        }
        actionsThatDay++;
        advance(entry + " (jobs due by " + next + ")", at);
    }

    private void advance(String entry, Instant target) {
        long start = System.nanoTime();
        attempt(entry, () -> jobCount += services.clock().replayTo(target));
        clockNanos += System.nanoTime() - start;
    }

    /** Runs one service call; a failure names the file and the entry, with the service's reason. */
    private <T> T attempt(String at, Supplier<T> call) {
        try {
            return call.get();
        } catch (SeedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SeedException(seed.file() + ": " + at + ": " + describe(e), e);
        }
    }

    private String describe(RuntimeException e) {
        Messages messages = services.messages();
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream()
                    .map(f -> f.field() + " " + messages.get(Locale.ENGLISH, f.messageKey(), f.arguments()))
                    .collect(Collectors.joining("; "));
        }
        if (e instanceof DomainException domain) {
            return messages.describe(Locale.ENGLISH, domain);
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
