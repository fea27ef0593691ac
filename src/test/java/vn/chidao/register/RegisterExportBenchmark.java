package vn.chidao.register;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentRole;
import vn.chidao.assignment.AssignmentStatus;
import vn.chidao.assignment.BulkAssignments;
import vn.chidao.base.Messages;
import vn.chidao.base.sheet.Spreadsheet;
import vn.chidao.conclusion.BulkNotices;
import vn.chidao.organisation.NewUnit;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * How fast the register's export goes and how much heap it takes, for 20 000 assignments (written straight to the
 * tables, without processes). Not a test of the suite: tagged {@code benchmark}, which the normal build leaves
 * out; run it with {@code ./mvnw -B -Pbenchmark test}. The profile gives the JVM a small heap (-Xmx512m, or
 * {@code -Dchidao.benchmark.heap=192m}), so an export that held the register in memory would fail there. It logs
 * rows/s and the peak heap above the idle application, sampled every millisecond, for three runs.
 */
@ChidaoTest
@Tag("benchmark")
class RegisterExportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RegisterExportBenchmark.class);
    private static final int ASSIGNMENTS = 20_000;
    private static final int RUNS = 3;
    private static final int NOTICES = 501;

    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganisationService organisation;
    @Autowired
    BulkNotices notices;
    @Autowired
    BulkAssignments assignments;
    @Autowired
    RegisterService service;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void exportTwentyThousandAssignments() throws Exception {
        World world = fixtures.newWorld();
        List<Long> units = units(world, 30);
        LocalDate issued = LocalDate.now(vn.chidao.base.time.Dates.ZONE).minusMonths(6);
        List<BulkNotices.Made> directives = notices.issue(world.government().id(), units, NOTICES, 20, 2, issued, 7);
        int written = writeAssignments(world, directives, issued);
        log.info("Benchmark data: {} notices, {} directives, {} assignments", NOTICES, directives.size(), written);
        assertThat(written).isGreaterThanOrEqualTo(ASSIGNMENTS);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int run = 1; run <= RUNS; run++) {
            System.gc();
            long idle = memory.getHeapMemoryUsage().getUsed();
            Sampler sampler = new Sampler(memory);
            sampler.start();
            long started = System.nanoTime();
            long bytes;
            int rows;
            try (Spreadsheet workbook = service.export(world.secretariat(), AssignmentFilter.all(),
                    Messages.VIETNAMESE)) {
                Counting out = new Counting();
                workbook.write(out);
                bytes = out.count;
                rows = workbook.rows();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            sampler.interrupt();
            sampler.join();
            System.gc();
            long after = memory.getHeapMemoryUsage().getUsed();
            log.info("Benchmark run {}: {} directive rows ({} assignments) in {} s: {} rows/s, {} assignments/s; "
                            + "file {} KiB; heap idle {} MiB, peak {} MiB above idle, {} MiB retained after; max heap {} MiB",
                    run, rows, written, String.format("%.2f", seconds), Math.round(rows / seconds),
                    Math.round(written / seconds), bytes / 1024, idle >> 20, (sampler.peak.get() - idle) >> 20,
                    (after - idle) >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
            assertThat(rows).isEqualTo(directives.size());
        }
    }

    private List<Long> units(World world, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            UnitKind kind = i <= 18 ? UnitKind.DEPARTMENT : i <= 26 ? UnitKind.DISTRICT : UnitKind.COMMUNE;
            UnitDto unit = organisation.createUnit(world.admin(), new NewUnit(world.government().code(), "DV" + i,
                    (kind == UnitKind.DEPARTMENT ? "Sở " : kind == UnitKind.DISTRICT ? "Huyện " : "Xã ") + "số " + i,
                    kind, null));
            ids.add(organisationId(world, unit.code()));
        }
        return ids;
    }

    private long organisationId(World world, String code) {
        return organisation.findUnit(world.government().id(), code).orElseThrow().id();
    }

    /** The lead and coordinating parts, in varied standings, until there are at least {@value #ASSIGNMENTS}. */
    private int writeAssignments(World world, List<BulkNotices.Made> directives, LocalDate issued) {
        Random random = new Random(11);
        Instant at = issued.atStartOfDay(vn.chidao.base.time.Dates.ZONE).toInstant();
        List<Assignment> batch = new ArrayList<>();
        int written = 0;
        for (BulkNotices.Made d : directives) {
            batch.add(part(world, d, d.lead(), AssignmentRole.LEAD, random, at));
            d.coordinating().forEach(unit -> batch.add(part(world, d, unit, AssignmentRole.COORDINATE, random, at)));
            if (batch.size() >= 1000) {
                written += save(batch);
            }
        }
        written += save(batch);
        return written;
    }

    private int save(List<Assignment> batch) {
        int size = batch.size();
        transactions.executeWithoutResult(tx -> assignments.saveAll(batch));
        batch.clear();
        return size;
    }

    private static Assignment part(World world, BulkNotices.Made d, long unit, AssignmentRole role, Random random,
                                   Instant at) {
        Assignment a = BulkAssignments.assignment(world.government().id(), d.conclusionId(), d.committeeId(), d.id(),
                unit, role, d.deadline(), at);
        int standing = random.nextInt(4);
        if (standing > 0) {
            BulkAssignments.setStatus(a, AssignmentStatus.IN_PROGRESS, at);
            BulkAssignments.progress(a, random.nextInt(100));
        }
        if (standing > 1 && d.deadline() != null) {
            LocalDate day = d.deadline().plusDays(random.nextInt(20) - 12);
            BulkAssignments.report(a, "Đơn vị đã hoàn thành nhiệm vụ, ban hành văn bản số " + random.nextInt(999)
                    + "/KH-UBND triển khai; kết quả đã được tổng hợp, báo cáo Ban Chỉ đạo.", at, day);
            BulkAssignments.setStatus(a, standing == 3 ? AssignmentStatus.DONE : AssignmentStatus.AWAITING_REVIEW,
                    at);
        }
        return a;
    }

    /** Samples the heap in use every millisecond and keeps the highest. */
    private static final class Sampler extends Thread {
        private final MemoryMXBean memory;
        private final AtomicLong peak = new AtomicLong();

        Sampler(MemoryMXBean memory) {
            super("heap-sampler");
            setDaemon(true);
            this.memory = memory;
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Counts the bytes of the file and drops them. */
    private static final class Counting extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
        }
    }
}
