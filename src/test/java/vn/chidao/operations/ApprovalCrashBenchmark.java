package vn.chidao.operations;

import org.junit.jupiter.api.Tag;

/**
 * {@link ApprovalCrashTest} at the full size of issue 12: 20 kills (the suite makes 3). Not part of the suite (tag
 * "benchmark"): {@code CHIDAO_DB_URL=... ./mvnw -B -Pbenchmark,postgres-tests test -Dtest=ApprovalCrashBenchmark}
 * (its database is one of its own on that server, created and dropped by the test).
 */
@Tag("benchmark")
class ApprovalCrashBenchmark extends ApprovalCrashTest {

    @Override
    int trials() {
        return Integer.getInteger("chidao.crash.trials", 20);
    }
}
