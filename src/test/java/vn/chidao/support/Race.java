package vn.chidao.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs actions on real threads that are released together by a barrier, and collects what each one
 * returned or threw. Never sleeps: the barrier starts them, bounded waits end them.
 */
public final class Race {

    private static final long TIMEOUT_SECONDS = 60;

    /** What one racer got: a value, or the error it threw. */
    public record Outcome(Object value, Throwable error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    private Race() {
    }

    @SafeVarargs
    public static List<Outcome> run(Callable<?>... actions) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(actions.length);
        ExecutorService threads = Executors.newFixedThreadPool(actions.length);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Callable<?> action : actions) {
                running.add(threads.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return action.call();
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<?> future : running) {
                outcomes.add(outcomeOf(future));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
            if (!threads.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("Racing threads did not stop");
            }
        }
    }

    private static Outcome outcomeOf(Future<?> future) throws InterruptedException {
        try {
            return new Outcome(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome(null, e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("A racing action did not finish within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
