package vn.chidao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ReviewDecision;
import vn.chidao.assignment.Timeliness;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.ConclusionDraft;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * The per-government gauges say what the register says: {@code chidao.assignments.open} is the register's open
 * count and {@code chidao.assignments.overdue} its {@code OPEN_OVERDUE} count, a report submitted in time and
 * waiting for review not overdue, each government on its own.
 */
@ChidaoTest
class OperationsMetricsTest {

    private static final LocalDate MEETING = LocalDate.of(2030, 3, 4);
    private static final LocalDate DUE = LocalDate.of(2030, 3, 15);
    private static final LocalDate LATER_DUE = LocalDate.of(2030, 3, 20);

    @Autowired
    Fixtures fixtures;
    @Autowired
    TimeTravel time;
    @Autowired
    AssignmentService assignments;
    @Autowired
    RegisterService register;
    @Autowired
    FigureReader figures;
    @Autowired
    OperationsMetrics metrics;
    @Autowired
    MeterRegistry registry;

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void theAssignmentGaugesAgreeWithTheRegisterDayAfterDay() {
        time.startAt(MEETING.plusDays(1), 9, 0);
        World world = fixtures.newWorld();
        World quiet = fixtures.newWorld();
        ConclusionDetail conclusion = fixtures.issue(world, new ConclusionDraft("Ban Chỉ đạo chuyển đổi số", MEETING,
                "Kết luận phiên họp", List.of(
                        Fixtures.directive("Không báo cáo", World.SO_A, List.of(), DUE),
                        Fixtures.directive("Báo cáo đúng hạn, chờ duyệt", World.SO_B, List.of(), DUE),
                        Fixtures.directive("Hạn sau", World.HUYEN_A, List.of(), LATER_DUE),
                        Fixtures.directive("Thường xuyên", World.SO_A, List.of(), null),
                        Fixtures.directive("Đã xong", World.SO_B, List.of(), DUE))));
        time.startAt(LocalDate.of(2030, 3, 12), 10, 0);
        long waiting = of(conclusion, 1);
        assignments.acknowledge(world.focalPoint(World.SO_B), waiting);
        assignments.report(world.focalPoint(World.SO_B), waiting, new CompletionReport("Đã hoàn thành"));
        long done = of(conclusion, 4);
        assignments.acknowledge(world.focalPoint(World.SO_B), done);
        assignments.report(world.focalPoint(World.SO_B), done, new CompletionReport("Đã hoàn thành"));
        assignments.review(world.secretariat(), done, new ReviewDecision(ReviewDecision.Decision.ACCEPT, null));

        time.startAt(DUE.plusDays(3), 10, 0);
        read();
        assertThat(open(world)).isEqualTo(4).isEqualTo(registerOpen(world));
        assertThat(overdue(world)).isEqualTo(1).isEqualTo(registerOverdue(world));
        assertThat(open(quiet)).isZero();
        assertThat(overdue(quiet)).isZero();

        time.startAt(LATER_DUE, 23, 0);
        read();
        assertThat(overdue(world)).isEqualTo(1).isEqualTo(registerOverdue(world));

        time.startAt(LATER_DUE.plusDays(1), 0, 1);
        read();
        assertThat(overdue(world)).isEqualTo(2).isEqualTo(registerOverdue(world));
        assertThat(open(world)).isEqualTo(4).isEqualTo(registerOpen(world));
    }

    /** What a scrape does: the new governments' gauges, then a fresh reading (not the one of 30 s ago). */
    private void read() {
        metrics.addNewGovernments();
        figures.refresh();
    }

    private long open(World world) {
        return gauge(OperationsMetrics.OPEN, world);
    }

    private long overdue(World world) {
        return gauge(OperationsMetrics.OVERDUE, world);
    }

    private long gauge(String name, World world) {
        return (long) registry.get(name).tag(OperationsMetrics.GOVERNMENT, world.government().code()).gauge().value();
    }

    private long registerOpen(World world) {
        return register.countOpen(world.secretariat(), AssignmentFilter.all());
    }

    private long registerOverdue(World world) {
        return register.page(world.secretariat(), new AssignmentFilter(null, null, Timeliness.OPEN_OVERDUE, null),
                PageRequest.of(0, 1)).getTotalElements();
    }

    private static long of(ConclusionDetail conclusion, int directive) {
        return conclusion.directives().get(directive).assignments().get(0).id();
    }
}
