package vn.chidao.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Not part of the suite (tag "benchmark"): prints what reading the heatmap costs as history grows, from the
 * rollup and, for comparison, by counting the assignments themselves. Run it with {@code ./mvnw -B -Pbenchmark test}
 * (add -Ppostgres-tests for PostgreSQL). It writes synthetic rows straight into the tables of one fresh government.
 */
@ChidaoTest
@Tag("benchmark")
class HeatmapBenchmark {

    private static final int UNITS = 3;
    private static final int READS = 30;

    @Autowired
    Fixtures fixtures;
    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printTheCostOfReadingTheHeatmapAsAssignmentsGrow() {
        World world = fixtures.newWorld();
        ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(LocalDate.of(2024, 1, 2),
                Drafts.due(LocalDate.of(2024, 1, 20), World.SO_A)));
        long government = world.government().id();
        long conclusion = issued.id();
        long committee = jdbc.queryForObject("select committee_id from conclusion where id = ?", Long.class, conclusion);
        List<Long> units = jdbc.queryForList("select id from unit where government_id = ? order by id", Long.class,
                government);
        Random random = new Random(42);
        long nextId = 1_000_000_000L;
        int written = 0;
        System.out.printf("%n%-12s %-12s %-18s %-18s%n", "assignments", "rollup rows", "heatmap (rollup)",
                "direct count");
        for (int target : new int[] {1_000, 10_000, 50_000, 100_000}) {
            List<Object[]> directives = new ArrayList<>();
            List<Object[]> assignments = new ArrayList<>();
            for (; written < target; written += UNITS) {
                long directive = nextId++;
                LocalDate deadline = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(730));
                directives.add(new Object[] {directive, conclusion, written, "Nhiệm vụ " + written,
                        Date.valueOf(deadline), units.get(0)});
                for (int u = 0; u < UNITS; u++) {
                    boolean done = random.nextBoolean();
                    LocalDate reported = done ? deadline.plusDays(random.nextInt(20) - 10) : null;
                    assignments.add(new Object[] {nextId++, government, conclusion, committee, directive,
                            units.get(u), u == 0 ? "LEAD" : "COORDINATE", Date.valueOf(deadline),
                            Date.valueOf(deadline), done ? "DONE" : "IN_PROGRESS",
                            reported == null ? null : Date.valueOf(reported)});
                }
            }
            jdbc.batchUpdate("insert into directive (id, conclusion_id, ordinal, content, deadline, ongoing,"
                    + " leader_sign_off, lead_unit_id) values (?, ?, ?, ?, ?, false, false, ?)", directives);
            jdbc.batchUpdate("insert into assignment (id, government_id, conclusion_id, committee_id, directive_id,"
                    + " unit_id, role, deadline, original_deadline, status, reported_on, progress_percent, created_at,"
                    + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, current_timestamp, 0)", assignments);
            rebuildRollup(government);
            long rows = jdbc.queryForObject("select count(*) from dashboard_rollup where government_id = ?",
                    Long.class, government);
            double rollupMs = millis(() -> dashboard.heatmap(world.leader(), null, YearMonth.of(2024, 1),
                    YearMonth.of(2025, 12)));
            double directMs = millis(() -> jdbc.queryForList("select unit_id, deadline, status, reported_on, count(*)"
                    + " from assignment where government_id = ? group by unit_id, deadline, status, reported_on",
                    government));
            System.out.printf("%-12d %-12d %-18s %-18s%n", written, rows, String.format("%.2f ms", rollupMs),
                    String.format("%.2f ms", directMs));
        }
    }

    /** The synthetic rows bypass the services, so their rollup is rebuilt as the migration builds it. */
    private void rebuildRollup(long government) {
        jdbc.update("delete from dashboard_rollup where government_id = ?", government);
        jdbc.update("""
                insert into dashboard_rollup (government_id, committee_id, unit_id, deadline, standing, n)
                select government_id, committee_id, unit_id, deadline, standing, count(*) from (
                  select government_id, committee_id, unit_id, coalesce(deadline, date '9999-12-31') as deadline,
                         case when status = 'CANCELLED' then 'CANCELLED' when deadline is null then 'ONGOING'
                              when status = 'DONE' and reported_on > deadline then 'DONE_LATE'
                              when status = 'DONE' then 'DONE_ON_TIME'
                              when status in ('AWAITING_REVIEW', 'AWAITING_SIGN_OFF') and reported_on is not null
                                   and reported_on <= deadline then 'REPORTED_IN_TIME'
                              else 'OPEN' end as standing
                  from assignment where government_id = ?) a
                group by government_id, committee_id, unit_id, deadline, standing""", government);
    }

    private static double millis(Runnable read) {
        for (int i = 0; i < 5; i++) {
            read.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            read.run();
        }
        return (System.nanoTime() - start) / 1e6 / READS;
    }
}
