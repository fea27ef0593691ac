package vn.chidao.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.chidao.assignment.AssignmentStatus;

/**
 * Replays a directive's steps on paper, in date order as the loader will (the file's order within a day), with
 * the roles of the lifecycle: a coordinating unit acknowledges, reports progress and sends its contribution
 * (CONTRIBUTE), which ends its part; the lead unit of a dated directive reports, the secretariat accepts or
 * returns the report, and a leader signs off or returns it when the directive asks; the lead unit of an ongoing
 * directive reports once per period and nobody reviews it; extensions are asked while the part is open and
 * decided once; CANCEL ends every open part, CLOSE (ongoing directives) too. Every step falls between the issue
 * and the day of loading. Only the lead's date deadline is known on paper (a coordinating unit's, some working
 * days earlier, and deadlines in working days need the calendar): an extension is checked against it, the rest
 * is left to the services when loading, as is what the timers do.
 */
final class StepCheck {

    private StepCheck() {
    }

    /** One unit's part as the replay stands. */
    private static final class Part {
        final boolean lead;
        AssignmentStatus status = AssignmentStatus.ASSIGNED;
        /** The deadline as far as paper knows it (the lead's date deadline, then any granted extension), or null. */
        LocalDate deadline;
        LocalDate pendingExtension;

        Part(boolean lead, LocalDate deadline) {
            this.lead = lead;
            this.deadline = deadline;
        }
    }

    /** Reports each problem of a directive's steps as (entry under the directive, what is wrong). */
    static void run(SeedFile seed, SeedFile.Directive d, LocalDate issued, LocalDate today,
                    BiConsumer<String, String> problem) {
        new OnPaper(seed, d, today, problem).run(issued);
    }

    /** One directive's steps replayed on paper. */
    private static final class OnPaper {
        private final SeedFile seed;
        private final SeedFile.Directive d;
        private final LocalDate today;
        private final BiConsumer<String, String> problem;
        private final Map<String, Part> parts = new LinkedHashMap<>();
        private String endedBy;

        OnPaper(SeedFile seed, SeedFile.Directive d, LocalDate today, BiConsumer<String, String> problem) {
            this.seed = seed;
            this.d = d;
            this.today = today;
            this.problem = problem;
            LocalDate leadDeadline = d.deadline() == null ? null : d.deadline().resolve(today);
            for (String code : seed.assignees(d)) {
                parts.put(code, new Part(code.equals(d.lead()), code.equals(d.lead()) ? leadDeadline : null));
            }
        }

        void run(LocalDate issued) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < d.steps().size(); i++) {
                SeedFile.Step step = d.steps().get(i);
                if (step.date() == null || step.action() == null) {
                    problem.accept(at(i), "needs a date and an action");
                } else if (step.action().isDirectiveLevel() != step.unit().isEmpty()) {
                    problem.accept(at(i), step.action().isDirectiveLevel()
                            ? step.action() + " acts on the whole directive: leave out unit"
                            : step.action() + " needs a unit");
                } else {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparing(i -> d.steps().get(i).date().resolve(today)));
            for (int i : order) {
                SeedFile.Step step = d.steps().get(i);
                LocalDate day = step.date().resolve(today);
                if (issued != null && day.isBefore(issued)) {
                    problem.accept(at(i), "is dated " + day + ", before the conclusion was issued");
                }
                if (day.isAfter(today)) {
                    problem.accept(at(i), "is dated " + day + ", after the day of loading");
                }
                checkFields(at(i), step);
                if (endedBy != null) {
                    problem.accept(at(i), step.action() + " is not possible: the directive was " + endedBy);
                } else if (step.action().isDirectiveLevel()) {
                    directiveStep(at(i), step);
                } else {
                    for (String code : seed.unitsOf(d, step)) {
                        unitStep(at(i), step, code, day);
                    }
                }
            }
        }

        private void directiveStep(String at, SeedFile.Step step) {
            if (step.action() == SeedFile.Action.CLOSE && !d.ongoing()) {
                problem.accept(at, "CLOSE is only for an ongoing directive; CANCEL ends a dated one");
                return;
            }
            AssignmentStatus end = step.action() == SeedFile.Action.CLOSE ? AssignmentStatus.DONE
                    : AssignmentStatus.CANCELLED;
            parts.values().stream().filter(p -> p.status.isOpen()).forEach(p -> p.status = end);
            endedBy = step.action() == SeedFile.Action.CLOSE ? "closed" : "cancelled";
        }

        private void unitStep(String at, SeedFile.Step step, String code, LocalDate day) {
            Part part = parts.get(code);
            if (part == null) {
                problem.accept(at, code + " is not assigned in this directive");
                return;
            }
            String roleProblem = roleProblem(step.action(), part, code);
            if (roleProblem != null) {
                problem.accept(at, step.action() + " is not possible for " + code + ": " + roleProblem);
                return;
            }
            AssignmentStatus next = next(part, step.action());
            if (next == null) {
                problem.accept(at, step.action() + " is not possible for " + code + " while " + part.status
                        + extensionState(step.action(), part));
                return;
            }
            if (step.action() == SeedFile.Action.EXTEND && step.newDeadline() != null) {
                LocalDate wanted = step.newDeadline().resolve(today);
                if (part.deadline != null && !wanted.isAfter(part.deadline)) {
                    problem.accept(at, "newDeadline " + wanted + " is not after " + code + "'s deadline " + part.deadline);
                    return;
                }
                if (wanted.isBefore(day)) {
                    problem.accept(at, "newDeadline " + wanted + " is before the day it is asked (" + day + ")");
                    return;
                }
                part.pendingExtension = wanted;
            } else if (step.action() == SeedFile.Action.APPROVE_EXTENSION) {
                part.deadline = part.pendingExtension;
                part.pendingExtension = null;
            } else if (step.action() == SeedFile.Action.REFUSE_EXTENSION) {
                part.pendingExtension = null;
            }
            part.status = next;
            if (!next.isOpen()) {
                part.pendingExtension = null;
            }
        }

        /** Why the unit's role (or the directive's kind) rules the action out, or null. */
        private String roleProblem(SeedFile.Action action, Part part, String code) {
            return switch (action) {
                case REPORT -> part.lead ? null
                        : "a coordinating unit sends CONTRIBUTE to the lead unit (" + d.lead() + "), which reports";
                case CONTRIBUTE -> part.lead ? "the lead unit reports (REPORT); only coordinating units contribute"
                        : null;
                case ACCEPT, RETURN -> !part.lead ? "the secretariat reviews the lead unit's report only ("
                        + d.lead() + "); a contribution is not reviewed"
                        : d.ongoing() ? "the periodic reports of an ongoing directive are not reviewed" : null;
                case SIGN_OFF, RETURN_SIGN_OFF -> !d.leaderSignOff() ? "the directive has no leaderSignOff"
                        : !part.lead ? "a leader signs off the lead unit's result only (" + d.lead() + ")" : null;
                case EXTEND, APPROVE_EXTENSION, REFUSE_EXTENSION -> d.ongoing()
                        ? "an ongoing directive has no deadline to extend" : null;
                default -> null;
            };
        }

        /** The status after an action, or null if the action is not possible now. */
        private AssignmentStatus next(Part part, SeedFile.Action action) {
            AssignmentStatus status = part.status;
            return switch (action) {
                case ACKNOWLEDGE -> status == AssignmentStatus.ASSIGNED ? AssignmentStatus.IN_PROGRESS : null;
                case PROGRESS -> status == AssignmentStatus.IN_PROGRESS ? status : null;
                case REPORT -> status != AssignmentStatus.IN_PROGRESS ? null
                        : d.ongoing() ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.AWAITING_REVIEW;
                case CONTRIBUTE -> status == AssignmentStatus.IN_PROGRESS ? AssignmentStatus.DONE : null;
                case ACCEPT -> status != AssignmentStatus.AWAITING_REVIEW ? null
                        : d.leaderSignOff() ? AssignmentStatus.AWAITING_SIGN_OFF : AssignmentStatus.DONE;
                case RETURN -> status == AssignmentStatus.AWAITING_REVIEW ? AssignmentStatus.IN_PROGRESS : null;
                case SIGN_OFF -> status == AssignmentStatus.AWAITING_SIGN_OFF ? AssignmentStatus.DONE : null;
                case RETURN_SIGN_OFF -> status == AssignmentStatus.AWAITING_SIGN_OFF ? AssignmentStatus.IN_PROGRESS
                        : null;
                case EXTEND -> status.isOpen() && part.pendingExtension == null ? status : null;
                case APPROVE_EXTENSION, REFUSE_EXTENSION -> status.isOpen() && part.pendingExtension != null
                        ? status : null;
                case CANCEL, CLOSE -> null;
            };
        }

        /** For the extension actions, whether a request is pending. */
        private static String extensionState(SeedFile.Action action, Part part) {
            if (action != SeedFile.Action.EXTEND && action != SeedFile.Action.APPROVE_EXTENSION
                    && action != SeedFile.Action.REFUSE_EXTENSION) {
                return "";
            }
            return part.pendingExtension == null ? " (no extension request pending)"
                    : " (an extension request is pending)";
        }

        private void checkFields(String at, SeedFile.Step step) {
            SeedFile.Action action = step.action();
            if (action == SeedFile.Action.PROGRESS
                    && (step.percent() == null || step.percent() < 0 || step.percent() > 100)) {
                problem.accept(at, "PROGRESS needs a percent from 0 to 100");
            }
            boolean needsText = switch (action) {
                case REPORT, CONTRIBUTE, RETURN, RETURN_SIGN_OFF, EXTEND, REFUSE_EXTENSION, CANCEL -> true;
                default -> false;
            };
            if (needsText && (step.text() == null || step.text().isBlank())) {
                problem.accept(at, action + " needs a text" + (action == SeedFile.Action.EXTEND
                        || action == SeedFile.Action.CANCEL ? " (the reason)" : ""));
            }
            if (action == SeedFile.Action.EXTEND && step.newDeadline() == null) {
                problem.accept(at, "EXTEND needs a newDeadline");
            } else if (action != SeedFile.Action.EXTEND && step.newDeadline() != null) {
                problem.accept(at, "only EXTEND has a newDeadline");
            }
        }

        private static String at(int index) {
            return ".steps[" + index + "]";
        }
    }
}
