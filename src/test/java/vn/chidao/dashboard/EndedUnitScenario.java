package vn.chidao.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.organisation.UnitEndRequest;
import vn.chidao.organisation.UnitEndings;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * A district that ends in the middle of its work, all made through the services on their own days. Issued on
 * 4/3/2024; HUYEN_A ends on {@link #ENDED} (15/4/2024) into SO_A; the clock is left at noon of {@link #TODAY}:
 * <ol>
 *   <li>HUYEN_A, due 15/3, done on time (reported 11/3): stays with HUYEN_A</li>
 *   <li>HUYEN_A, due 15/3, done late (reported 20/3): stays with HUYEN_A</li>
 *   <li>HUYEN_A, due 20/4, reported in time on 10/4, not yet accepted when the unit ends: handed over, accepted on
 *       16/4, done on time for SO_A</li>
 *   <li>HUYEN_A, due 20/4, open at the end: handed over, done on time by SO_A (reported 18/4)</li>
 *   <li>HUYEN_A, due 30/4, open at the end: handed over, still open (overdue) with SO_A</li>
 *   <li>HUYEN_A, due 15/6, done early (reported 1/4): stays with HUYEN_A, its deadline after the unit ended</li>
 *   <li>SO_A, due 20/4, done late (reported 22/4)</li>
 *   <li>SO_B, due 15/3, open (overdue)</li>
 * </ol>
 */
@Component
class EndedUnitScenario {

    static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);
    static final LocalDate ENDED = LocalDate.of(2024, 4, 15);
    static final LocalDate TODAY = LocalDate.of(2024, 9, 2);

    /** The world and the assignments' ids in the order above (index 0 is #1). */
    record Book(World world, List<Long> ids) {

        long id(int number) {
            return ids.get(number - 1);
        }
    }

    private final Fixtures fixtures;
    private final Steps steps;
    private final TimeTravel time;
    private final AssignmentService assignments;
    private final UnitEndings endings;

    EndedUnitScenario(Fixtures fixtures, Steps steps, TimeTravel time, AssignmentService assignments,
                      UnitEndings endings) {
        this.fixtures = fixtures;
        this.steps = steps;
        this.time = time;
        this.assignments = assignments;
        this.endings = endings;
    }

    Book build() {
        World world = fixtures.newWorld();
        time.startAt(ISSUED, 9, 0);
        ConclusionDetail notice = fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(3),
                Drafts.due(day(3, 15), World.HUYEN_A), Drafts.due(day(3, 15), World.HUYEN_A),
                Drafts.due(day(4, 20), World.HUYEN_A), Drafts.due(day(4, 20), World.HUYEN_A),
                Drafts.due(day(4, 30), World.HUYEN_A), Drafts.due(day(6, 15), World.HUYEN_A),
                Drafts.due(day(4, 20), World.SO_A), Drafts.due(day(3, 15), World.SO_B)));
        Book book = new Book(world, notice.directives().stream().map(d -> d.assignments().get(0).id()).toList());

        at(day(3, 11));
        steps.done(world, book.id(1), World.HUYEN_A);
        at(day(3, 20));
        steps.done(world, book.id(2), World.HUYEN_A);
        at(day(4, 1));
        steps.done(world, book.id(6), World.HUYEN_A);
        at(day(4, 10));
        steps.reported(world, book.id(3), World.HUYEN_A);
        assignments.acknowledge(world.focalPoint(World.HUYEN_A), book.id(4));
        at(ENDED);
        endings.end(world.admin(), world.government().code(), World.HUYEN_A, new UnitEndRequest(ENDED,
                List.of(World.SO_A), Map.of(), null, UnitEndRequest.UsersChoice.disable()));
        at(day(4, 16));
        steps.accepted(world, book.id(3));
        at(day(4, 18));
        assignments.report(world.focalPoint(World.SO_A), book.id(4), new CompletionReport("Đã hoàn thành"));
        steps.accepted(world, book.id(4));
        at(day(4, 22));
        steps.done(world, book.id(7), World.SO_A);
        time.startAt(TODAY, 12, 0);
        return book;
    }

    private void at(LocalDate day) {
        time.startAt(day, 10, 0);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }
}
