package vn.chidao.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.deadline.OverdueDecision;
import vn.chidao.deadline.OverdueService;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * A government whose assignments stand, on {@link #TODAY} (Monday 2/9/2024), in every place the dashboard
 * counts, all made through the services on their own days. Committee {@link Drafts#COMMITTEE}:
 * <ol>
 *   <li>SO_A, due 15/3, done on time (reported 11/3)</li>
 *   <li>SO_A, due 15/3, done late (reported 20/3)</li>
 *   <li>SO_B, due 23/8: overdue by 10 days, criticised after the escalation</li>
 *   <li>SO_B, due 19/7: overdue by 45 days, criticised</li>
 *   <li>HUYEN_A, due 24/6: overdue by 70 days</li>
 *   <li>HUYEN_A, due 25/4: overdue by 130 days, criticised</li>
 *   <li>HUYEN_A, due 15/10: open on time</li>
 *   <li>SO_B, due 15/5, done on time (reported 10/5)</li>
 * </ol>
 * Committee {@link #OTHER_COMMITTEE}: SO_A, due 15/4, done on time (reported 11/3).
 */
@Component
class DashboardScenario {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);
    static final LocalDate TODAY = LocalDate.of(2024, 9, 2);
    static final String OTHER_COMMITTEE = "Ban Chỉ đạo cải cách hành chính";

    /** The world and the assignments' ids in the order above (index 0 is #1); {@code other} is #9. */
    record Book(World world, List<Long> ids, long other, long committeeId, long otherCommitteeId) {

        long id(int number) {
            return ids.get(number - 1);
        }
    }

    private final Fixtures fixtures;
    private final Steps steps;
    private final TimeTravel time;
    private final Processes processes;
    private final AssignmentService assignments;
    private final OverdueService overdue;
    private final vn.chidao.conclusion.ConclusionService conclusions;

    DashboardScenario(Fixtures fixtures, Steps steps, TimeTravel time, Processes processes,
                      AssignmentService assignments, OverdueService overdue,
                      vn.chidao.conclusion.ConclusionService conclusions) {
        this.fixtures = fixtures;
        this.steps = steps;
        this.time = time;
        this.processes = processes;
        this.assignments = assignments;
        this.overdue = overdue;
        this.conclusions = conclusions;
    }

    /** Builds the book and leaves the clock at noon of {@link #TODAY}. */
    Book build() {
        World world = fixtures.newWorld();
        time.startAt(ISSUED, 9, 0);
        ConclusionDetail main = fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3),
                Drafts.due(day(3, 15), World.SO_A), Drafts.due(day(3, 15), World.SO_A),
                Drafts.due(day(8, 23), World.SO_B), Drafts.due(day(7, 19), World.SO_B),
                Drafts.due(day(6, 24), World.HUYEN_A), Drafts.due(day(4, 25), World.HUYEN_A),
                Drafts.due(day(10, 15), World.HUYEN_A), Drafts.due(day(5, 15), World.SO_B)));
        ConclusionDetail second = fixtures.issue(world, new ConclusionDraft(OTHER_COMMITTEE, ISSUED.minusDays(3),
                "Kết luận về cải cách hành chính", List.of(Drafts.due(day(4, 15), World.SO_A))));
        List<Long> ids = main.directives().stream().map(d -> d.assignments().get(0).id()).toList();
        long other = second.directives().get(0).assignments().get(0).id();
        Book book = new Book(world, ids, other, committeeId(world, Drafts.COMMITTEE),
                committeeId(world, OTHER_COMMITTEE));
        for (int n = 1; n <= 8; n++) {
            assignments.acknowledge(world.focalPoint(unitOf(n)), book.id(n));
        }
        assignments.acknowledge(world.focalPoint(World.SO_A), other);

        time.startAt(day(3, 11), 10, 0);
        done(world, book.id(1), World.SO_A);
        done(world, other, World.SO_A);
        time.startAt(day(3, 20), 10, 0);
        done(world, book.id(2), World.SO_A);
        criticise(world, book.id(6), day(5, 9));
        time.startAt(day(5, 10), 10, 0);
        done(world, book.id(8), World.SO_B);
        criticise(world, book.id(4), day(8, 1));
        criticise(world, book.id(3), day(9, 1));
        time.startAt(TODAY, 12, 0);
        return book;
    }

    static String unitOf(int number) {
        return switch (number) {
            case 1, 2 -> World.SO_A;
            case 3, 4, 8 -> World.SO_B;
            default -> World.HUYEN_A;
        };
    }

    private void done(World world, long id, String unit) {
        assignments.report(world.focalPoint(unit), id, new CompletionReport("Đã hoàn thành"));
        steps.accepted(world, id);
    }

    /** Runs the assignment's timers to {@code by} (past its escalation) and has the leader criticise the unit. */
    private void criticise(World world, long id, LocalDate by) {
        time.runUntil(by, 12, 0, processes.ofAssignment(id));
        overdue.review(world.leader(), id, new OverdueDecision(OverdueDecision.Action.CRITICISE, null, "Chậm trễ"));
    }

    private long committeeId(World world, String name) {
        return conclusions.committee(world.secretariat(), name, "committee").id();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }
}
