package vn.chidao.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.chidao.assignment.AssignmentStatus;

/**
 * Replays a directive's steps on paper, in date order as the loader will: each step's units must be assigned
 * in the directive and in a status where the action is possible (a unit acknowledges before it reports, the
 * office reviews only what was reported), on a day between the issue and the day of loading.
 */
final class StepCheck {

    private StepCheck() {
    }

    /** Reports each problem of a directive's steps as (entry under the directive, what is wrong). */
    static void run(SeedFile seed, SeedFile.Directive d, LocalDate issued, LocalDate today,
                    BiConsumer<String, String> problem) {
        Map<String, AssignmentStatus> status = new HashMap<>();
        seed.assignees(d).forEach(code -> status.put(code, AssignmentStatus.ASSIGNED));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            SeedFile.Step step = d.steps().get(i);
            if (step.date() == null || step.action() == null || step.unit().isEmpty()) {
                problem.accept(".steps[" + i + "]", "needs a date, an action and a unit");
            } else {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing(i -> d.steps().get(i).date().resolve(today)));
        for (int i : order) {
            SeedFile.Step step = d.steps().get(i);
            String stepAt = ".steps[" + i + "]";
            LocalDate day = step.date().resolve(today);
            if (issued != null && day.isBefore(issued)) {
                problem.accept(stepAt, "is dated " + day + ", before the conclusion was issued");
            }
            if (day.isAfter(today)) {
                problem.accept(stepAt, "is dated " + day + ", after the day of loading");
            }
            checkFields(stepAt, step, problem);
            for (String code : seed.unitsOf(d, step)) {
                AssignmentStatus now = status.get(code);
                AssignmentStatus next = now == null ? null : next(now, step.action());
                if (now == null) {
                    problem.accept(stepAt, code + " is not assigned in this directive");
                } else if (next == null) {
                    problem.accept(stepAt, step.action() + " is not possible for " + code + " while " + now);
                } else {
                    status.put(code, next);
                }
            }
        }
    }

    private static void checkFields(String at, SeedFile.Step step, BiConsumer<String, String> problem) {
        switch (step.action()) {
            case PROGRESS -> {
                if (step.percent() == null || step.percent() < 0 || step.percent() > 100) {
                    problem.accept(at, "PROGRESS needs a percent from 0 to 100");
                }
            }
            case REPORT, RETURN -> {
                if (step.text() == null || step.text().isBlank()) {
                    problem.accept(at, step.action() + " needs a text");
                }
            }
            default -> {
            }
        }
    }

    /** The status after an action, or null if the action is not possible in that status. */
    private static AssignmentStatus next(AssignmentStatus status, SeedFile.Action action) {
        return switch (action) {
            case ACKNOWLEDGE -> status == AssignmentStatus.ASSIGNED ? AssignmentStatus.IN_PROGRESS : null;
            case PROGRESS -> status == AssignmentStatus.IN_PROGRESS ? status : null;
            case REPORT -> status == AssignmentStatus.IN_PROGRESS ? AssignmentStatus.AWAITING_REVIEW : null;
            case ACCEPT -> status == AssignmentStatus.AWAITING_REVIEW ? AssignmentStatus.DONE : null;
            case RETURN -> status == AssignmentStatus.AWAITING_REVIEW ? AssignmentStatus.IN_PROGRESS : null;
        };
    }
}
