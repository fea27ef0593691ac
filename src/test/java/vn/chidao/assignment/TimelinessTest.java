package vn.chidao.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.base.time.AppClock;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.World;

/**
 * Timeliness is derived from the deadline, the day the accepted report was submitted and today: a deadline D
 * is missed from D+1 00:00 in Asia/Ho_Chi_Minh. The clock is moved, never waited for.
 */
@ChidaoTest
class TimelinessTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MEETING = LocalDate.of(2031, 6, 2);
    private static final LocalDate DEADLINE = LocalDate.of(2031, 6, 12);

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    AppClock clock;
    @Autowired
    DirectiveService directives;

    @AfterEach
    void backToTheRealClock() {
        clock.reset();
    }

    @Test
    void aReportSubmittedAfterTheDeadlineAndAcceptedIsDoneLate() {
        World world = issuedAt(MEETING.atTime(9, 0));
        long id = assignmentOfSoA(world);
        assignments.acknowledge(world.focalPoint(World.SO_A), id);

        at(DEADLINE.plusDays(1).atStartOfDay());
        assignments.report(world.focalPoint(World.SO_A), id, new CompletionReport("Xong muộn"));
        AssignmentDetail done = steps.accepted(world, id);

        assertThat(done.status()).isEqualTo(AssignmentStatus.DONE);
        assertThat(done.timeliness()).isEqualTo(Timeliness.DONE_LATE);
    }

    @Test
    void aReportSubmittedOnTheDeadlineDayIsOnTimeEvenWhenAcceptedDaysLater() {
        World world = issuedAt(MEETING.atTime(9, 0));
        long id = assignmentOfSoA(world);

        at(DEADLINE.atTime(23, 59, 59));
        steps.reported(world, id, World.SO_A);
        at(DEADLINE.plusDays(3).atTime(10, 0));
        AssignmentDetail done = steps.accepted(world, id);

        assertThat(done.timeliness()).isEqualTo(Timeliness.DONE_ON_TIME);
    }

    @Test
    void anOpenAssignmentIsOnTimeThroughTheDeadlineDayAndOverdueFromMidnight() {
        World world = issuedAt(MEETING.atTime(9, 0));
        long id = assignmentOfSoA(world);

        at(DEADLINE.atTime(23, 59, 59));
        AssignmentDetail lastMoment = assignments.get(world.secretariat(), id);
        at(DEADLINE.plusDays(1).atStartOfDay());
        AssignmentDetail nextDay = assignments.get(world.secretariat(), id);

        assertThat(lastMoment.timeliness()).isEqualTo(Timeliness.OPEN_ON_TIME);
        assertThat(lastMoment.daysLeft()).isZero();
        assertThat(nextDay.timeliness()).isEqualTo(Timeliness.OPEN_OVERDUE);
        assertThat(nextDay.daysLeft()).isEqualTo(-1);
    }

    @Test
    void aReturnedReportIsJudgedByTheDayItIsSubmittedAgain() {
        World world = issuedAt(MEETING.atTime(9, 0));
        long id = assignmentOfSoA(world);
        steps.reported(world, id, World.SO_A);
        assignments.review(world.secretariat(), id, Steps.giveBack("Thiếu phụ lục"));

        at(DEADLINE.plusDays(2).atTime(8, 0));
        assignments.report(world.focalPoint(World.SO_A), id, new CompletionReport("Đã bổ sung phụ lục"));
        AssignmentDetail done = steps.accepted(world, id);

        assertThat(done.timeliness()).isEqualTo(Timeliness.DONE_LATE);
    }

    @Test
    void theRegisterFilteredByTimelinessReturnsExactlyTheRowsWithThatTimeliness() {
        at(MEETING.atTime(9, 0));
        World world = fixtures.newWorld();
        LocalDate today = MEETING.plusDays(5);
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(MEETING,
                Drafts.due(DEADLINE, World.SO_A),
                Drafts.due(MEETING.plusDays(3), World.SO_B, World.HUYEN_A),
                Drafts.ongoing(World.SO_A, World.HUYEN_A),
                Drafts.due(today, World.SO_B),
                Drafts.due(MEETING, World.HUYEN_A),
                Drafts.due(DEADLINE, World.SO_B)));
        directives.cancel(world.secretariat(), issued.directives().get(5).id(), new CancelInput("Không còn cần"));
        steps.done(world, assignmentOf(issued, 0, World.SO_A), World.SO_A);
        steps.done(world, assignmentOf(issued, 4, World.HUYEN_A), World.HUYEN_A);
        steps.done(world, assignmentOf(issued, 2, World.HUYEN_A), World.HUYEN_A);
        at(today.atTime(12, 0));
        steps.done(world, assignmentOf(issued, 1, World.HUYEN_A), World.HUYEN_A);

        Map<Timeliness, List<Long>> derived = register(world, null).stream().collect(
                Collectors.groupingBy(AssignmentRow::timeliness, Collectors.mapping(AssignmentRow::id, Collectors.toList())));

        assertThat(derived).containsOnlyKeys(EnumSet.allOf(Timeliness.class));
        for (Timeliness timeliness : Timeliness.values()) {
            assertThat(register(world, timeliness)).as("register filtered by %s", timeliness)
                    .extracting(AssignmentRow::id).containsExactlyInAnyOrderElementsOf(derived.get(timeliness));
        }
        assertThat(derived.get(Timeliness.ONGOING)).hasSize(2);
        assertThat(derived.get(Timeliness.CANCELLED)).containsExactly(assignmentOf(issued, 5, World.SO_B));
        assertThat(derived.get(Timeliness.OPEN_ON_TIME)).containsExactly(assignmentOf(issued, 3, World.SO_B));
        assertThat(derived.get(Timeliness.DONE_ON_TIME)).containsExactlyInAnyOrder(
                assignmentOf(issued, 0, World.SO_A), assignmentOf(issued, 4, World.HUYEN_A));
    }

    private World issuedAt(LocalDateTime localTime) {
        at(localTime);
        World world = fixtures.newWorld();
        fixtures.issue(world, Drafts.conclusion(MEETING, Drafts.due(DEADLINE, World.SO_A)));
        return world;
    }

    private long assignmentOfSoA(World world) {
        return register(world, null).stream().filter(r -> r.unitCode().equals(World.SO_A)).findFirst()
                .orElseThrow().id();
    }

    private List<AssignmentRow> register(World world, Timeliness timeliness) {
        return register.page(world.secretariat(), new AssignmentFilter(null, null, timeliness, null),
                Pageable.ofSize(100)).getContent();
    }

    private void at(LocalDateTime localTime) {
        clock.travelTo(localTime.atZone(VIETNAM).toInstant());
    }

    private static long assignmentOf(ConclusionDetail conclusion, int directive, String unitCode) {
        return conclusion.directives().get(directive).assignments().stream()
                .filter(a -> a.unitCode().equals(unitCode)).findFirst().orElseThrow().id();
    }
}
