package vn.chidao.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.PeriodicReportView;
import vn.chidao.assignment.Timeliness;
import vn.chidao.assignment.Urgency;
import vn.chidao.base.Actor;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.dashboard.DashboardService;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationKind;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.RandomMoves;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * A randomised year of a committee's work, the processes' timers run as they fall due; every fortnight each
 * person's inbox (its OVERDUE chip and its rows), the task page, the register, the dashboard and the bell are
 * compared with the overdue rule worked out here from the facts: the unit's own work (acknowledge, report,
 * contribute) past the assignment's deadline, a period's report past the period's due day, and the leaders'
 * overdue reviews are overdue; reviews, sign-offs and extension decisions wait and are never overdue.
 */
@ChidaoTest
class OverdueRuleAgreementTest {

    static final LocalDate START = LocalDate.of(2024, 3, 4);
    static final List<String> UNITS = List.of(World.SO_A, World.SO_B, World.HUYEN_A);
    static final Set<TaskKind> UNIT_WORK = Set.of(TaskKind.ACKNOWLEDGE, TaskKind.REPORT, TaskKind.CONTRIBUTE);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    RandomMoves moves;
    @Autowired
    Steps steps;
    @Autowired
    InboxService inbox;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    DashboardService dashboard;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void everyScreenAgreesWithTheRuleThroughARandomYear() {
        // -Dseed=<the seed a failure names> replays a failing run
        long seed = Long.getLong("seed", System.nanoTime());
        Random random = new Random(seed);
        World world = fixtures.newWorld();
        time.startAt(START, 9, 0);
        List<Long> ids = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            List<DirectiveDraft> drafts = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                String lead = UNITS.get(random.nextInt(UNITS.size()));
                String other = UNITS.get((UNITS.indexOf(lead) + 1) % UNITS.size());
                DirectiveDraft draft = switch (random.nextInt(4)) {
                    case 0 -> Drafts.ongoingEvery("P1M", lead);
                    case 1 -> Drafts.signedOff(Drafts.due(START.plusDays(10 + random.nextInt(200)), lead));
                    default -> Drafts.due(START.plusDays(10 + random.nextInt(200)), lead, other);
                };
                drafts.add(draft);
            }
            ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(START.minusDays(1),
                    drafts.toArray(DirectiveDraft[]::new)));
            issued.directives().forEach(d -> d.assignments().forEach(a -> ids.add(a.id())));
        }
        ProcessInstance[] instances = instances(world, ids);
        int checked = 0;
        for (int day = 0; day <= 364; day += 14) {
            time.runUntil(START.plusDays(day), 10, 0, instances);
            for (int move = 0; move < 3; move++) {
                moves.act(world, ids.get(random.nextInt(ids.size())), random);
            }
            // what the moves made due at once (a period opened already past its due day) runs, as the job
            // executor would run it within seconds
            time.runUntil(START.plusDays(day), 10, 0, instances);
            checked += assertEveryScreenAgrees(world, seed);
        }
        assertThat(checked).as("tasks compared, seed %d", seed).isGreaterThan(50);
    }

    /** Compares every screen for each person of the world; returns how many tasks were compared. */
    private int assertEveryScreenAgrees(World world, long seed) {
        LocalDate today = steps.today();
        int compared = 0;
        List<Actor> people = new ArrayList<>(List.of(world.secretariat(), world.leader()));
        UNITS.forEach(u -> people.add(world.focalPoint(u)));
        for (Actor actor : people) {
            List<TaskItem> tasks = inbox.tasks(actor, InboxFilter.ALL, PageRequest.of(0, 200)).getContent();
            long expectedOverdue = 0;
            for (TaskItem task : tasks) {
                String what = "%s %s of assignment %s on %s, seed %d".formatted(actor.username(), task.kind(),
                        task.assignmentId(), today, seed);
                boolean overdue = expectedOverdue(world, task, today);
                assertThat(task.urgency() == Urgency.OVERDUE).as("inbox row: " + what).isEqualTo(overdue);
                if (!UNIT_WORK.contains(task.kind()) && task.kind() != TaskKind.PERIODIC_REPORT
                        && task.kind() != TaskKind.OVERDUE_REVIEW) {
                    assertThat(task.urgency()).as("waiting: " + what).isEqualTo(Urgency.WAITING);
                    assertThat(task.waitingDays()).as("waited: " + what).isNotNull().isNotNegative();
                }
                if (task.kind().isAboutAssignment()) {
                    assertOtherScreens(world, task, overdue, what);
                }
                expectedOverdue += overdue ? 1 : 0;
                compared++;
            }
            long chip = inbox.count(actor, new InboxFilter(Set.of(), QuickFilter.OVERDUE, null));
            assertThat(chip).as("OVERDUE chip of %s on %s, seed %d", actor.username(), today, seed)
                    .isEqualTo(expectedOverdue);
            assertThat(inbox.tasks(actor, new InboxFilter(Set.of(), QuickFilter.OVERDUE, null), PageRequest.of(0, 200))
                    .getContent()).as("OVERDUE list of %s on %s, seed %d", actor.username(), today, seed)
                    .allMatch(t -> t.urgency() == Urgency.OVERDUE).hasSize((int) expectedOverdue);
        }
        LocalDate from = START.minusDays(1);
        LocalDate to = START.plusDays(500);
        long registerOverdue = register.page(world.leader(), new AssignmentFilter(null, null,
                Set.of(Timeliness.OPEN_OVERDUE), null, null, from, to), Pageable.ofSize(1)).getTotalElements();
        assertThat(dashboard.summary(world.leader(), null, from, to).openOverdue())
                .as("dashboard's open overdue on %s, seed %d", today, seed).isEqualTo(registerOverdue);
        return compared;
    }

    /** The rule, worked out from the facts the task page shows, not from the inbox's judgement. */
    private boolean expectedOverdue(World world, TaskItem task, LocalDate today) {
        if (task.kind() == TaskKind.OVERDUE_REVIEW) {
            return true;
        }
        if (!task.kind().isAboutAssignment()) {
            return false;
        }
        AssignmentDetail detail = assignments.get(world.secretariat(), task.assignmentId());
        if (UNIT_WORK.contains(task.kind())) {
            return detail.deadline() != null && today.isAfter(detail.deadline());
        }
        if (task.kind() == TaskKind.PERIODIC_REPORT) {
            PeriodicReportView open = openPeriod(detail);
            return today.isAfter(open.due());
        }
        return false;
    }

    /** The task page, the register and the bell say the same of the unit's work. */
    private void assertOtherScreens(World world, TaskItem task, boolean overdue, String what) {
        AssignmentDetail page = assignments.get(world.secretariat(), task.assignmentId());
        Map<Long, AssignmentRow> rows = register.page(world.secretariat(), new AssignmentFilter(page.unitCode(), null,
                        Set.of(), null, null, null, null), Pageable.ofSize(200)).getContent().stream()
                .collect(Collectors.toMap(AssignmentRow::id, Function.identity()));
        AssignmentRow row = rows.get(task.assignmentId());
        assertThat(row).as("register row: " + what).isNotNull();
        if (UNIT_WORK.contains(task.kind())) {
            Timeliness expected = page.deadline() == null ? Timeliness.ONGOING
                    : overdue ? Timeliness.OPEN_OVERDUE : Timeliness.OPEN_ON_TIME;
            assertThat(page.timeliness()).as("task page: " + what).isEqualTo(expected);
            assertThat(row.timeliness()).as("register: " + what).isEqualTo(expected);
            assertThat(task.deadline()).as("inbox deadline: " + what).isEqualTo(page.deadline());
        }
        if (task.kind() == TaskKind.PERIODIC_REPORT) {
            PeriodicReportView open = openPeriod(page);
            assertThat(open.overdue()).as("task page's period chip: " + what).isEqualTo(overdue);
            assertThat(row.latePeriod()).as("register's late period: " + what).isEqualTo(overdue ? open.period() : null);
            assertThat(row.timeliness()).as("still ongoing: " + what).isEqualTo(Timeliness.ONGOING);
            assertThat(task.deadline()).as("inbox deadline is the period's: " + what).isEqualTo(open.due());
        }
        if (overdue && task.kind() != TaskKind.OVERDUE_REVIEW) {
            List<NotificationDto> bell = time.notificationsOf(world.focalPoint(page.unitCode()));
            // the watch's overdue notice, or the return of a report after the deadline, which says it is overdue
            assertThat(bell).as("the bell: " + what).anyMatch(n -> task.assignmentId().equals(n.assignmentId())
                    && (n.kind() == NotificationKind.OVERDUE
                    || n.kind() == NotificationKind.REPORT_RETURNED && n.text().contains("quá hạn")));
        }
    }

    private static PeriodicReportView openPeriod(AssignmentDetail detail) {
        return detail.periods().stream().filter(p -> p.report() == null).reduce((a, b) -> b).orElseThrow();
    }

    private ProcessInstance[] instances(World world, List<Long> ids) {
        Set<String> wanted = ids.stream().map(id -> assignments.get(world.secretariat(), id).processInstanceId())
                .collect(Collectors.toSet());
        return runtime.createProcessInstanceQuery().processInstanceIds(wanted).list().toArray(ProcessInstance[]::new);
    }
}
