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
                List<User> users, List<Conclusion> conclusions) {

    /** Step and coordinating keyword: every unit assigned in the directive. */
    static final String ALL = "ALL";

    SeedFile {
        units = units == null ? List.of() : List.copyOf(units);
        groups = groups == null ? Map.of() : new LinkedHashMap<>(groups);
        users = users == null ? List.of() : List.copyOf(users);
        conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
    }

    SeedFile named(String name) {
        return new SeedFile(name, government, units, groups, users, conclusions);
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

    /** @param parent the code of a unit declared before this one, or null */
    record Unit(String code, String name, UnitKind kind, String parent) {
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
     * optional {@code number}; without one the service numbers it).
     */
    record Conclusion(String committee, SeedDate meetingDate, String title, State state, SeedDate draftedOn,
                      SeedDate submittedOn, Rejection rejection, SeedDate issuedOn, String number,
                      List<Directive> directives) {

        Conclusion {
            directives = directives == null ? List.of() : List.copyOf(directives);
        }
    }

    record Rejection(SeedDate date, String comment) {
    }

    /**
     * One directive: exactly one lead unit, coordinating units or groups, a deadline or {@code ongoing: true},
     * and (issued conclusions only) what the units and the secretariat did about it.
     */
    record Directive(String content, String lead, List<String> coordinating, SeedDate deadline, boolean ongoing,
                     boolean leaderSignOff, List<Step> steps) {

        Directive {
            coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    enum Action {
        /** The unit's focal point acknowledges the assignment. */
        ACKNOWLEDGE,
        /** The focal point reports progress: {@code percent}, {@code text} as the note. */
        PROGRESS,
        /** The focal point submits the completion report: {@code text}. */
        REPORT,
        /** The secretariat accepts the report ({@code text}: an optional comment). */
        ACCEPT,
        /** The secretariat returns the report: {@code text} says what is missing. */
        RETURN
    }

    /**
     * What happened on one day to the assignments of {@code unit}: one or more unit codes or group names, or
     * {@code ALL} (every unit assigned in the directive).
     */
    record Step(SeedDate date, Action action, List<String> unit, Integer percent, String text) {

        Step {
            unit = unit == null ? List.of() : List.copyOf(unit);
        }
    }
}
