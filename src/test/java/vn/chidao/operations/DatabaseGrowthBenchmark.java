package vn.chidao.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.Steps;
import vn.chidao.support.TimeTravel;
import vn.chidao.support.World;

/**
 * Not part of the suite (tag "benchmark"): how much the PostgreSQL database grows per assignment over its whole
 * life through the real services and processes (issued, reminded, half of them overdue, escalated and reminded weekly
 * for a month, then all reported and accepted), split into Chidao's tables, the engine's history ({@code ACT_HI_*})
 * and the engine's runtime and the rest. The figures behind docs/operations.md's sizing. Run it with
 * {@code ./mvnw -B -Pbenchmark,postgres-tests test -Dtest=DatabaseGrowthBenchmark} (on a database of its own:
 * {@code CHIDAO_DB_URL}).
 */
@ChidaoTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class DatabaseGrowthBenchmark {

    private static final int CONCLUSIONS = 10;
    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 4);
    private static final String SIZES = """
            select case when c.relname like 'act\\_hi\\_%' then 'engine history'
                        when c.relname like 'act\\_%' then 'engine runtime and rest'
                        else 'chidao' end as part, sum(pg_total_relation_size(c.oid)) as bytes
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = current_schema() and c.relkind = 'r' group by 1 order by 1""";

    @Autowired
    Fixtures fixtures;
    @Autowired
    Steps steps;
    @Autowired
    TimeTravel time;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void printTheGrowthPerAssignment() {
        World world = fixtures.newWorld();
        time.startAt(ISSUED, 9, 0);
        jdbc.execute("vacuum");
        Map<String, Long> before = sizes();
        long started = System.nanoTime();
        List<Long> onTime = new ArrayList<>();
        List<Long> late = new ArrayList<>();
        for (int i = 0; i < CONCLUSIONS; i++) {
            ConclusionDetail issued = fixtures.issue(world, Drafts.conclusion(ISSUED.minusDays(1),
                    directive(10, World.SO_A), directive(5, World.SO_B), directive(15, World.HUYEN_A),
                    directive(10, World.SO_B), directive(20, World.SO_A)));
            issued.directives().forEach(d -> d.assignments().forEach(a ->
                    (a.id() % 2 == 0 ? onTime : late).add(a.id())));
        }
        for (long id : onTime) {
            steps.done(world, id, unitOf(id));
        }
        time.runUntil(TimeTravel.at(ISSUED.plusDays(70), 9, 0), running(late));
        for (long id : late) {
            steps.done(world, id, unitOf(id));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        jdbc.execute("vacuum");
        Map<String, Long> after = sizes();
        int assignments = onTime.size() + late.size();
        System.out.printf("%n%d assignments (%d overdue for weeks) in %.1f s; growth per assignment:%n", assignments,
                late.size(), seconds);
        long total = 0;
        for (String part : after.keySet()) {
            long grown = after.get(part) - before.getOrDefault(part, 0L);
            total += grown;
            System.out.printf("  %-24s %6.1f KiB%n", part, grown / 1024.0 / assignments);
        }
        System.out.printf("  %-24s %6.1f KiB%n%n", "all", total / 1024.0 / assignments);
    }

    private DirectiveDraft directive(int workingDays, String lead) {
        return Drafts.inWorkingDays(workingDays, lead, World.HUYEN_A.equals(lead) ? World.SO_A : World.HUYEN_A);
    }

    private String unitOf(long assignment) {
        return jdbc.queryForObject("select u.code from assignment a join unit u on u.id = a.unit_id where a.id = ?",
                String.class, assignment);
    }

    private ProcessInstance[] running(List<Long> assignments) {
        return assignments.stream().flatMap(id -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(id)).list().stream()).toArray(ProcessInstance[]::new);
    }

    private Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        jdbc.query(SIZES, row -> {
            sizes.put(row.getString("part"), row.getLong("bytes"));
        });
        return sizes;
    }
}
