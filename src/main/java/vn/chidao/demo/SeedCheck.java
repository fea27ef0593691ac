package vn.chidao.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.chidao.base.Role;
import vn.chidao.conclusion.DirectiveDraft;

/**
 * What makes a seed file valid, checked before anything is written: every code names a unit the file
 * declares, every directive has exactly one lead and every assigned unit a focal point, dates run in order
 * and never past the day of loading, a committee's chair is one of the file's leaders, and the steps replay
 * with the roles of the lifecycle ({@link StepCheck}: a unit acknowledges before it reports, a coordinating
 * unit contributes instead of reporting, the secretariat reviews only what the lead unit reported), and the
 * reorganisation changes leave nothing acting on an ended unit ({@link ChangeCheck}). Each problem names its entry, e.g.
 * {@code conclusions[0].directives[2].steps[1]}.
 */
final class SeedCheck {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,20}");

    private final SeedFile seed;
    private final LocalDate today;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> units = new HashSet<>();
    private final Set<String> focalPointUnits = new HashSet<>();
    private final Set<String> leaders = new HashSet<>();
    /** The units each declared unit's users belong to over time (reorganisation changes move them). */
    private Map<String, Set<String>> usersFollow = Map.of();

    private SeedCheck(SeedFile seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** The problems of a file, each as "entry: what is wrong"; empty when the file is valid. */
    static List<String> problems(SeedFile seed, LocalDate today) {
        SeedCheck check = new SeedCheck(seed, today);
        check.run();
        return List.copyOf(check.problems);
    }

    private void run() {
        if (seed.government() == null || blank(seed.government().code()) || blank(seed.government().name())) {
            problem("government", "needs a code and a name");
            return;
        }
        if (!CODE.matcher(seed.government().code()).matches()) {
            problem("government", "code '" + seed.government().code() + "' is not short upper-case ASCII");
        }
        checkUnits();
        checkGroups();
        usersFollow = ChangeCheck.run(seed, today, units, this::problem);
        checkUsers();
        for (int i = 0; i < seed.conclusions().size(); i++) {
            checkConclusion("conclusions[" + i + "]", seed.conclusions().get(i));
        }
    }

    private void checkUnits() {
        for (int i = 0; i < seed.units().size(); i++) {
            SeedFile.Unit unit = seed.units().get(i);
            String at = "units[" + i + "]";
            if (blank(unit.code()) || !CODE.matcher(unit.code()).matches() || SeedFile.ALL.equals(unit.code())) {
                problem(at, "code '" + unit.code() + "' is not short upper-case ASCII (nor ALL)");
            } else if (!units.add(unit.code())) {
                problem(at, "unit " + unit.code() + " is declared twice");
            }
            if (blank(unit.name()) || unit.kind() == null) {
                problem(at, "needs a name and a kind");
            }
            if (unit.parent() != null && !units.contains(unit.parent())) {
                problem(at, "parent " + unit.parent() + " is not a unit declared before it");
            }
        }
    }

    private void checkGroups() {
        seed.groups().forEach((name, members) -> {
            String at = "groups." + name;
            if (units.contains(name) || SeedFile.ALL.equals(name)) {
                problem(at, "a group cannot be named like a unit or ALL");
            }
            if (members == null || members.isEmpty()) {
                problem(at, "is empty");
            } else {
                members.stream().filter(code -> !units.contains(code))
                        .forEach(code -> problem(at, code + " is not a declared unit"));
            }
        });
    }

    private void checkUsers() {
        Set<String> usernames = new HashSet<>();
        String prefix = seed.government().code().toLowerCase() + ".";
        for (int i = 0; i < seed.users().size(); i++) {
            SeedFile.User user = seed.users().get(i);
            String at = "users[" + i + "]";
            if (blank(user.username()) || !user.username().startsWith(prefix)) {
                problem(at, "username '" + user.username() + "' must start with '" + prefix + "'");
            } else if (!usernames.add(user.username().toLowerCase())) {
                problem(at, "user " + user.username() + " is declared twice");
            }
            if (blank(user.displayName()) || user.roles().isEmpty()) {
                problem(at, "needs a displayName and roles");
            }
            boolean needsUnit = user.roles().stream().anyMatch(Role::needsUnit);
            if (needsUnit && !units.contains(user.unit())) {
                problem(at, "unit '" + user.unit() + "' is not a declared unit");
            } else if (!needsUnit && user.unit() != null) {
                problem(at, "only unit heads and focal points name a unit");
            }
            if (user.roles().contains(Role.FOCAL_POINT)) {
                focalPointUnits.add(user.unit());
                focalPointUnits.addAll(usersFollow.getOrDefault(user.unit(), Set.of()));
            }
            if (user.roles().contains(Role.LEADER) && user.username() != null) {
                leaders.add(user.username());
            }
        }
        for (Role role : List.of(Role.SECRETARIAT, Role.LEADER)) {
            if (seed.users().stream().noneMatch(u -> u.roles().contains(role))) {
                problem("users", "no user has the role " + role);
            }
        }
    }

    private void checkConclusion(String at, SeedFile.Conclusion c) {
        if (blank(c.committee()) || blank(c.title()) || c.meetingDate() == null || c.state() == null) {
            problem(at, "needs a committee, a meetingDate, a title and a state");
            return;
        }
        if (c.directives().isEmpty()) {
            problem(at, "has no directives");
        }
        SeedFile.State state = c.state();
        requireIf(at, "submittedOn", c.submittedOn() != null, state != SeedFile.State.DRAFT);
        requireIf(at, "rejection", c.rejection() != null, state == SeedFile.State.REJECTED);
        requireIf(at, "issuedOn", c.issuedOn() != null, state == SeedFile.State.ISSUED);
        if (c.number() != null && state != SeedFile.State.ISSUED) {
            problem(at, "only issued conclusions have a number");
        }
        if (c.committeeChair() != null && !leaders.contains(c.committeeChair())) {
            problem(at, "committeeChair '" + c.committeeChair() + "' is not a LEADER user of the file");
        }
        if (c.rejection() != null && blank(c.rejection().comment())) {
            problem(at + ".rejection", "needs a date and a comment");
        }
        LocalDate meeting = c.meetingDate().resolve(today);
        List<SeedDate> order = new ArrayList<>();
        order.add(c.meetingDate());
        order.add(c.draftedOn());
        order.add(c.submittedOn());
        order.add(c.rejection() == null ? null : c.rejection().date());
        order.add(c.issuedOn());
        checkOrder(at, order);
        LocalDate issued = c.issuedOn() == null ? null : c.issuedOn().resolve(today);
        for (int i = 0; i < c.directives().size(); i++) {
            checkDirective(at + ".directives[" + i + "]", c.directives().get(i), meeting, issued, state);
        }
    }

    private void checkDirective(String at, SeedFile.Directive d, LocalDate meeting, LocalDate issued,
                                SeedFile.State state) {
        if (blank(d.content())) {
            problem(at, "has no content");
        }
        if (!units.contains(d.lead())) {
            problem(at, "lead '" + d.lead() + "' must be exactly one declared unit");
        }
        for (String name : d.coordinating()) {
            if (!units.contains(name) && !seed.groups().containsKey(name)) {
                problem(at, "coordinating '" + name + "' is neither a declared unit nor a group");
            } else if (name.equals(d.lead())) {
                problem(at, d.lead() + " cannot both lead and coordinate");
            }
        }
        int deadlines = (d.deadline() != null ? 1 : 0) + (d.deadlineWorkingDays() != null ? 1 : 0) + (d.ongoing() ? 1 : 0);
        if (deadlines != 1) {
            problem(at, "needs exactly one of a deadline, deadlineWorkingDays or ongoing: true");
        } else if (d.deadline() != null && d.deadline().resolve(today).isBefore(meeting)) {
            problem(at, "deadline " + d.deadline() + " is before the meeting");
        }
        if (d.deadlineWorkingDays() != null && (d.deadlineWorkingDays() < 1 || d.deadlineWorkingDays() > 365)) {
            problem(at, "deadlineWorkingDays must be from 1 to 365");
        }
        if (d.reminderDays() != null && (d.reminderDays() < 0 || d.reminderDays() > 30)) {
            problem(at, "reminderDays must be from 0 to 30");
        }
        if (d.reportEvery() != null) {
            if (!d.ongoing()) {
                problem(at, "reportEvery is only for an ongoing directive");
            } else if (DirectiveDraft.reportPeriod(d.reportEvery()) == null) {
                problem(at, "reportEvery '" + d.reportEvery() + "' is not an ISO-8601 period from a week to a year (P1W, P1M, P3M)");
            }
        }
        seed.assignees(d).stream().filter(units::contains).filter(code -> !focalPointUnits.contains(code))
                .forEach(code -> problem(at, "unit " + code + " is assigned but has no FOCAL_POINT user"));
        if (!d.steps().isEmpty() && state != SeedFile.State.ISSUED) {
            problem(at, "only directives of issued conclusions have steps");
            return;
        }
        StepCheck.run(seed, d, issued, today, (entry, what) -> problem(at + entry, what));
    }

    /** Dates that must not go backwards (nulls are skipped), none after the day of loading. */
    private void checkOrder(String at, List<SeedDate> dates) {
        LocalDate previous = null;
        for (SeedDate date : dates) {
            if (date == null) {
                continue;
            }
            LocalDate day = date.resolve(today);
            if (previous != null && day.isBefore(previous)) {
                problem(at, "date " + date + " comes before an earlier step of the conclusion (" + previous + ")");
            }
            if (day.isAfter(today)) {
                problem(at, "date " + date + " is after the day of loading");
            }
            previous = day;
        }
    }

    private void requireIf(String at, String field, boolean present, boolean wanted) {
        if (present != wanted) {
            problem(at, wanted ? "needs " + field : field + " is only for another state");
        }
    }

    private void problem(String at, String what) {
        problems.add(at + ": " + what);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
