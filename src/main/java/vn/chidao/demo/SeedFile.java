package vn.chidao.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chidao.base.Role;
import vn.chidao.organisation.UnitKind;

/**
 * One seed file: a government, its units, named groups of units, its demo users and its conclusions. The
 * shape is documented in {@code seeds/README.md}; {@link SeedCheck} says what a valid file is.
 *
 * @param file the file's name, set by {@link SeedReader} (not written in the file)
 * @param groups names for the groups the articles task ("các sở, ngành", "các huyện, thành phố"), each a
 *               list of unit codes; a group named in {@code coordinating} or a step stands for its units
 */
record SeedFile(String file, Government government, List<Unit> units, Map<String, List<String>> groups,
                List<User> users, List<Conclusion> conclusions, List<Change> changes) {

    /** Step and coordinating keyword: every unit assigned in the directive. */
    static final String ALL = "ALL";

    SeedFile {
        units = units == null ? List.of() : List.copyOf(units);
        groups = groups == null ? Map.of() : new LinkedHashMap<>(groups);
        users = users == null ? List.of() : List.copyOf(users);
        conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A file without reorganisation changes. */
    SeedFile(String file, Government government, List<Unit> units, Map<String, List<String>> groups,
             List<User> users, List<Conclusion> conclusions) {
        this(file, government, units, groups, users, conclusions, null);
    }

    SeedFile named(String name) {
        return new SeedFile(name, government, units, groups, users, conclusions, changes);
    }

    SeedFile withConclusions(List<Conclusion> replaced) {
        return new SeedFile(file, government, units, groups, users, replaced, changes);
    }

    SeedFile withChanges(List<Change> replaced) {
        return new SeedFile(file, government, units, groups, users, conclusions, replaced);
    }

    /** Unit codes of names: a unit code stays, a group becomes its units; in order, without repeats. */
    List<String> expand(List<String> names) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String name : names) {
            codes.addAll(groups.getOrDefault(name, List.of(name)));
        }
        return List.copyOf(codes);
    }

    /** The coordinating units of a directive: its codes and groups expanded, without the lead. */
    List<String> coordinatingUnits(Directive directive) {
        return expand(directive.coordinating()).stream().filter(code -> !code.equals(directive.lead())).toList();
    }

    /** Every unit assigned in a directive: the lead first, then the coordinating units. */
    List<String> assignees(Directive directive) {
        List<String> all = new ArrayList<>();
        all.add(directive.lead());
        all.addAll(coordinatingUnits(directive));
        return all;
    }

    /** The units a step acts on. */
    List<String> unitsOf(Directive directive, Step step) {
        return step.unit().contains(ALL) ? assignees(directive) : expand(step.unit());
    }

    record Government(String code, String name) {
    }

    /**
     * @param parent    the code of a unit declared before this one, or null
     * @param shortName what the dashboard's heatmap shows for it ("Sở TT&TT"), or null for its code
     * @param validFrom the day it came into being (a ward formed on 2025-07-01), or null: it always existed
     */
    record Unit(String code, String name, UnitKind kind, String parent, String shortName, SeedDate validFrom) {

        Unit(String code, String name, UnitKind kind, String parent) {
            this(code, name, kind, parent, null, null);
        }
    }

    /** What a reorganisation change does. */
    enum ChangeAction {
        /** {@code unit} ends; {@code successors} take its work (each open assignment: {@code assignments}, else the first). */
        END,
        /** Each unit of {@code from} ends with {@code into} as its one successor. */
        MERGE,
        /**
         * The government {@code from} merges into the government {@code into} (one of them the file's own, the other
         * loaded by an earlier file); {@code unitMap}: an absorbed unit → the receiving unit it ends into.
         */
        MERGE_GOVERNMENT
    }

    /**
     * A dated reorganisation change, replayed by the installation admin among the steps once the replay reaches its
     * day: END ends {@code unit} with its {@code successors}, its users moving to the first, its open assignments
     * to the only successor or, with several, as {@code assignments} says (a directive as
     * {@code "conclusions[i].directives[j]"} → a successor's code; the others go to the first); MERGE ends each unit
     * of {@code from} with {@code into} as its successor. {@code reason}: what each moved assignment's history says.
     * MERGE_GOVERNMENT merges the government {@code from} (one code) into the government {@code into}, as
     * {@code GovernmentMerging.merge} with its {@code unitMap} (absorbed unit → receiving unit; a unit not named, or
     * named with no value, moves as it is).
     */
    record Change(SeedDate date, ChangeAction action, String unit, List<String> successors,
                  Map<String, String> assignments, String into, List<String> from, String reason,
                  Map<String, String> unitMap) {

        Change {
            successors = successors == null ? List.of() : List.copyOf(successors);
            assignments = assignments == null ? Map.of() : new LinkedHashMap<>(assignments);
            from = from == null ? List.of() : List.copyOf(from);
            unitMap = unitMap == null ? Map.of() : new LinkedHashMap<>(unitMap);
        }

        /** A change of the units of the file's own government (END or MERGE). */
        Change(SeedDate date, ChangeAction action, String unit, List<String> successors,
               Map<String, String> assignments, String into, List<String> from, String reason) {
            this(date, action, unit, successors, assignments, into, from, reason, null);
        }

        /** The units of the file this change ends (a government merge: none the file's checks follow). */
        List<String> ended() {
            return switch (action == null ? ChangeAction.END : action) {
                case MERGE -> from;
                case MERGE_GOVERNMENT -> List.of();
                case END -> unit == null ? List.of() : List.of(unit);
            };
        }

        /** The units that take over: the successors, or the unit merged into (a government merge: none). */
        List<String> takers() {
            return switch (action == null ? ChangeAction.END : action) {
                case MERGE -> into == null ? List.of() : List.of(into);
                case MERGE_GOVERNMENT -> List.of();
                case END -> successors;
            };
        }

        /** A government merge: the absorbed government's code, or null. */
        String fromGovernment() {
            return from.size() == 1 ? from.get(0) : null;
        }
    }

    /** A demo user; the password is always {@link DemoLoader#PASSWORD}. Unit roles name their unit. */
    record User(String username, String displayName, Set<Role> roles, String unit) {

        User {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }

    /** The state a conclusion is left in; REJECTED is a draft the leader sent back with a comment. */
    enum State {
        DRAFT,
        REJECTED,
        AWAITING_APPROVAL,
        ISSUED
    }

    /**
     * A conclusion notice and how far it went: drafted by the secretariat ({@code draftedOn}, default the
     * meeting's day), submitted, then rejected ({@code rejection}) or approved ({@code issuedOn}, with an
     * optional {@code number}; without one the service numbers it). {@code committeeChair} (optional) is the
     * username of a LEADER of the file who chairs the committee: escalations then go to the chair alone.
     */
    record Conclusion(String committee, String committeeChair, SeedDate meetingDate, String title, State state,
                      SeedDate draftedOn, SeedDate submittedOn, Rejection rejection, SeedDate issuedOn,
                      String number, List<Directive> directives) {

        Conclusion {
            directives = directives == null ? List.of() : List.copyOf(directives);
        }

        Conclusion withDirectives(List<Directive> replaced) {
            return new Conclusion(committee, committeeChair, meetingDate, title, state, draftedOn, submittedOn,
                    rejection, issuedOn, number, replaced);
        }

        Conclusion withCommitteeChair(String chair) {
            return new Conclusion(committee, chair, meetingDate, title, state, draftedOn, submittedOn, rejection,
                    issuedOn, number, directives);
        }
    }

    record Rejection(SeedDate date, String comment) {
    }

    /**
     * One directive: exactly one lead unit, coordinating units or groups, exactly one of a {@code deadline},
     * {@code deadlineWorkingDays} (N working days after the issue) or {@code ongoing: true} (thường xuyên, its
     * lead reporting every {@code reportEvery}, ISO-8601, monthly by default); reminders {@code reminderDays}
     * working days before the deadline (default 3); {@code leaderSignOff}: a leader signs the accepted result
     * off. Issued conclusions only: what the units, the secretariat and the leaders did about it.
     */
    record Directive(String content, String lead, List<String> coordinating, SeedDate deadline,
                     Integer deadlineWorkingDays, boolean ongoing, String reportEvery, Integer reminderDays,
                     boolean leaderSignOff, List<Step> steps) {

        Directive {
            coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }

        /** A directive with a date deadline (or ongoing), the default reminders and no sign-off. */
        static Directive of(String content, String lead, List<String> coordinating, SeedDate deadline,
                            boolean ongoing, List<Step> steps) {
            return new Directive(content, lead, coordinating, deadline, null, ongoing, null, null, false, steps);
        }

        Directive withSteps(List<Step> replaced) {
            return new Directive(content, lead, coordinating, deadline, deadlineWorkingDays, ongoing, reportEvery,
                    reminderDays, leaderSignOff, replaced);
        }
    }

    /**
     * What happened to a directive on a day. Unit actions name the units ({@code unit}); the directive's own
     * actions ({@link #CANCEL}, {@link #CLOSE}) name none. Who acts follows from the action: the unit's focal
     * point, the secretariat, or a leader.
     */
    enum Action {
        /** The unit's focal point acknowledges the assignment. */
        ACKNOWLEDGE(By.UNIT),
        /** The focal point reports progress: {@code percent}, {@code text} as the note. */
        PROGRESS(By.UNIT),
        /**
         * The lead unit's report ({@code text}): its completion report, reviewed by the secretariat; for an ongoing
         * directive, the report of the current period (not reviewed), and the next period opens.
         */
        REPORT(By.UNIT),
        /** A coordinating unit sends its contribution ({@code text}) to the lead unit; its part is then done. */
        CONTRIBUTE(By.UNIT),
        /** The secretariat accepts the lead unit's report ({@code text}: an optional comment). */
        ACCEPT(By.SECRETARIAT),
        /** The secretariat returns the lead unit's report: {@code text} says what is missing. */
        RETURN(By.SECRETARIAT),
        /** A leader signs off an accepted result of a directive with {@code leaderSignOff} ({@code text}: optional). */
        SIGN_OFF(By.LEADER),
        /** A leader returns an accepted result to the lead unit: {@code text} says why. */
        RETURN_SIGN_OFF(By.LEADER),
        /** The unit asks for a later deadline: {@code newDeadline}, {@code text} as the reason. */
        EXTEND(By.UNIT),
        /** The secretariat (a leader with {@code leaderSignOff}) grants the pending request ({@code text}: optional). */
        APPROVE_EXTENSION(By.DECIDER),
        /** The secretariat (a leader with {@code leaderSignOff}) refuses the pending request: {@code text} says why. */
        REFUSE_EXTENSION(By.DECIDER),
        /** The secretariat cancels the whole directive: {@code text} is the reason; every open part ends. */
        CANCEL(By.SECRETARIAT),
        /** The secretariat closes an ongoing directive: no more periodic reports ({@code text}: optional). */
        CLOSE(By.SECRETARIAT);

        /** Who does an action. */
        enum By {
            /** The first declared focal point of each unit of the step. */
            UNIT,
            /** The first declared SECRETARIAT user. */
            SECRETARIAT,
            /** The first declared LEADER. */
            LEADER,
            /** Who decides extensions: the first LEADER when the directive has leader sign-off, else the secretariat. */
            DECIDER
        }

        private final By by;

        Action(By by) {
            this.by = by;
        }

        By by() {
            return by;
        }

        /** Acts on the whole directive, not on named units. */
        boolean isDirectiveLevel() {
            return this == CANCEL || this == CLOSE;
        }
    }

    /**
     * What happened on one day: to the assignments of {@code unit} (one or more unit codes or group names, or
     * {@code ALL}: every unit assigned in the directive), or to the directive ({@link Action#isDirectiveLevel()}).
     */
    record Step(SeedDate date, Action action, List<String> unit, Integer percent, String text, SeedDate newDeadline) {

        Step {
            unit = unit == null ? List.of() : List.copyOf(unit);
        }

        /** A step without a new deadline. */
        static Step of(String date, Action action, List<String> unit, Integer percent, String text) {
            return new Step(SeedDate.parse(date), action, unit, percent, text, null);
        }
    }
}
