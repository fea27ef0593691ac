package vn.chidao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidao.support.ApiClient.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.chidao.support.ApiClient;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Not part of the suite (tag "benchmark"): prints what authenticating an API call costs, {@code GET /api/me} with
 * HTTP Basic (a bcrypt check per call) and with a personal access token (a SHA-256 and one indexed read), against
 * a baseline measured in the same run: the same request without credentials, which the security chain answers 401
 * after the same HTTP stack, so the difference is the authentication and the endpoint; and the open health check,
 * an answer of Spring MVC with no authentication, so the difference is the authentication. A token seen in the last
 * seconds is answered from memory (security.RecentTokens): the figure is that of an integration calling steadily.
 * Then 16 clients at once
 * with the token for a few seconds: requests per second. Run it with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=ApiAuthBenchmark} (add -Ppostgres-tests for PostgreSQL).
 */
@ChidaoTest
@Tag("benchmark")
// Production's BCrypt cost, not the tests' cheap one (application-test.yml): Basic's figure is that cost.
@TestPropertySource(properties = "chidao.security.password-hash-cost=10")
class ApiAuthBenchmark {

    private static final int WARM_UP = 200;
    private static final int CALLS = 400;
    private static final int CLIENTS = 16;
    private static final Duration LOAD = Duration.ofSeconds(8);

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    @Test
    void printTheCostOfBasicAndOfATokenAgainstAnUnauthenticatedCall() throws Exception {
        World world = fixtures.newWorld();
        ApiClient api = ApiClient.on(port);
        ApiClient basic = api.as(world.secretariat().username());
        String token = basic.post("/api/me/tokens", json("name", "benchmark", "expiresAt",
                java.time.OffsetDateTime.now().plusDays(7).toString())).expect(201).path("token").asText();
        ApiClient bearer = api.withToken(token);

        measure("warm-up", () -> api.get("/api/me").status(), WARM_UP);
        measure("warm-up", () -> bearer.get("/api/me").status(), WARM_UP);
        measure("warm-up", () -> basic.get("/api/me").status(), WARM_UP / 10);

        measure("warm-up", () -> api.get("/actuator/health").status(), WARM_UP);
        double[] none = measure("GET /api/me, no credentials (401, the baseline)", () -> api.get("/api/me").status(), CALLS);
        double[] open = measure("GET /actuator/health, open (200, a second baseline)",
                () -> api.get("/actuator/health").status(), CALLS);
        double[] withToken = measure("GET /api/me, Bearer token", () -> bearer.get("/api/me").status(), CALLS);
        double[] withBasic = measure("GET /api/me, HTTP Basic", () -> basic.get("/api/me").status(), CALLS / 4);
        System.out.printf("%nToken over baseline: +%.2f ms p50 (over the open health check: %+.2f ms);"
                + " Basic over baseline: +%.2f ms p50%n", withToken[0] - none[0], withToken[0] - open[0],
                withBasic[0] - none[0]);

        double tokenRate = load("Bearer token", () -> bearer.get("/api/me").status());
        double noneRate = load("no credentials (401)", () -> api.get("/api/me").status());
        System.out.printf("%n%d clients: %.0f req/s with a token, %.0f req/s unauthenticated (baseline)%n",
                CLIENTS, tokenRate, noneRate);
        assertThat(withToken[0]).isPositive();
    }

    /** Calls {@code call} {@code times} times in a row; prints and returns p50, p90 and p99 in milliseconds. */
    private static double[] measure(String label, Supplier<Integer> call, int times) {
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double[] result = {millis[times / 2], millis[times * 9 / 10], millis[Math.min(times - 1, times * 99 / 100)]};
        if (!label.equals("warm-up")) {
            System.out.printf("%-50s n=%4d  p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms%n", label, times,
                    result[0], result[1], result[2]);
        }
        return result;
    }

    /** {@value #CLIENTS} clients calling as fast as answers come for {@link #LOAD}; returns requests per second. */
    private static double load(String label, Supplier<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<int[]>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(pool.submit(() -> {
                int ok = 0;
                int other = 0;
                while (!stop.get()) {
                    int status = call.get();
                    if (status < 500) {
                        ok++;
                    } else {
                        other++;
                    }
                }
                return new int[] {ok, other};
            }));
        }
        Thread.sleep(LOAD.toMillis());
        stop.set(true);
        long total = 0;
        long errors = 0;
        for (Future<int[]> f : done) {
            total += f.get()[0];
            errors += f.get()[1];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%-50s %d calls in %.1f s (%d server errors): %.0f req/s%n", label + ", " + CLIENTS
                + " clients", total, seconds, errors, total / seconds);
        return total / seconds;
    }
}
