package vn.chidao.audit;

import java.util.function.Supplier;

/**
 * Marks the work of the system on the current thread: what the engine's jobs change (timers, asynchronous steps)
 * is the system's, even when a person's thread runs them (the adjustable clock's move, a test).
 */
final class SystemScope {

    private static final ThreadLocal<Integer> DEPTH = new ThreadLocal<>();

    private SystemScope() {
    }

    static boolean active() {
        return DEPTH.get() != null;
    }

    static <T> T run(Supplier<T> work) {
        Integer depth = DEPTH.get();
        DEPTH.set(depth == null ? 1 : depth + 1);
        try {
            return work.get();
        } finally {
            if (depth == null) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }
}
