package vn.chidao.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.base.Actor;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Processes;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The deadline and its timers on the real calendar: Tết 2023 (20/1-26/1 off), 2/9/2025 (1/9-2/9 off) and the
 * swapped Saturday 26/4/2025 (worked, Friday 2/5 off). Each case is worked out by hand in its comment.
 */
@ChidaoTest
class HolidayTimersTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Processes processes;
    @Autowired
    TimeTravel time;
    @Autowired
    AssignmentService assignments;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /**
     * Issued Monday 16/1/2023, 10 working days: 17, 18, 19/1, then Tết, 27/1, 30/1, 31/1, 1/2, 2/2, 3/2, 6/2.
     * Reminder 3 working days before 6/2: 1/2; overdue 7/2 00:00; escalation 5 working days after: 13/2.
     */
    @Test
    void acrossTet2023() {
        World world = fixtures.newWorld();
        ProcessInstance process = issue(world, LocalDate.of(2023, 1, 16), Drafts.inWorkingDays(10, World.SO_A));
        Actor focal = world.focalPoint(World.SO_A);

        Assertions.assertThat(assignments.get(focal, Long.parseLong(process.getBusinessKey())).deadline())
                .isEqualTo(LocalDate.of(2023, 2, 6));
        time.runUntil(LocalDate.of(2023, 2, 14), 0, 0, process);

        Assertions.assertThat(time.watchOf(focal)).extracting(n -> n.kind() + " " + n.at().toLocalDateTime())
                .containsExactly("REMINDER 2023-02-01T08:00", "REMINDER 2023-02-06T08:00", "OVERDUE 2023-02-07T00:00");
        Assertions.assertThat(time.watchOf(world.leader())).extracting(n -> n.at().toLocalDateTime())
                .containsExactly(LocalDateTime.of(2023, 2, 13, 8, 0));
    }

    /**
     * Issued Monday 25/8/2025, 5 working days: 26, 27, 28, 29/8, then 1/9 and 2/9 off, 3/9. Reminder 3 working
     * days before 3/9: 29/8, 28/8, 27/8. Escalation 5 working days after 3/9: 4, 5, 8, 9, 10/9.
     */
    @Test
    void acrossNationalDay2025() {
        World world = fixtures.newWorld();
        ProcessInstance process = issue(world, LocalDate.of(2025, 8, 25), Drafts.inWorkingDays(5, World.SO_A));
        Actor focal = world.focalPoint(World.SO_A);

        time.runUntil(LocalDate.of(2025, 9, 11), 9, 0, process);

        Assertions.assertThat(time.watchOf(focal)).extracting(n -> n.kind() + " " + n.at().toLocalDateTime())
                .containsExactly("REMINDER 2025-08-27T08:00", "REMINDER 2025-09-03T08:00", "OVERDUE 2025-09-04T00:00",
                        "REMINDER 2025-09-11T08:00");
        Assertions.assertThat(time.watchOf(world.leader())).extracting(n -> n.at().toLocalDateTime())
                .containsExactly(LocalDateTime.of(2025, 9, 10, 8, 0));
    }

    /**
     * Issued Tuesday 22/4/2025, 5 working days: 23, 24, 25/4, Saturday 26/4 (worked), Monday 28/4. Reminder 3
     * working days before: 26/4, 25/4, 24/4. Escalation 5 working days after 28/4: 29/4, then 30/4, 1/5 and the
     * swapped 2/5 off, 5/5, 6/5, 7/5, 8/5.
     */
    @Test
    void aroundTheSwappedSaturdayOf2025() {
        World world = fixtures.newWorld();
        ProcessInstance process = issue(world, LocalDate.of(2025, 4, 22), Drafts.inWorkingDays(5, World.SO_A));
        Actor focal = world.focalPoint(World.SO_A);

        time.runUntil(LocalDate.of(2025, 5, 8), 9, 0, process);

        Assertions.assertThat(time.watchOf(focal)).extracting(n -> n.kind() + " " + n.at().toLocalDateTime())
                .containsExactly("REMINDER 2025-04-24T08:00", "REMINDER 2025-04-28T08:00", "OVERDUE 2025-04-29T00:00",
                        "REMINDER 2025-05-06T08:00");
        Assertions.assertThat(time.watchOf(world.leader())).extracting(n -> n.at().toLocalDateTime())
                .containsExactly(LocalDateTime.of(2025, 5, 8, 8, 0));
        Assertions.assertThat(assignments.get(focal, Long.parseLong(process.getBusinessKey())).daysLeft())
                .isEqualTo(-5);
    }

    private ProcessInstance issue(World world, LocalDate day, DirectiveDraft directive) {
        time.startAt(day, 9, 0);
        long id = Fixtures.assignmentOf(fixtures.issue(world, Drafts.conclusion(day.minusDays(1), directive)),
                directive.leadUnit());
        return processes.ofAssignment(id);
    }
}
