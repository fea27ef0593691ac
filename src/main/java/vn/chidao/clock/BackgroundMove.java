package vn.chidao.clock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A clock move for a screen, on its own thread: the UI polls while it runs (no server push needed), sees the
 * newest progress only (one update queued at a time, however many jobs run), then the result or the error.
 */
final class BackgroundMove {

    private static final Logger log = LoggerFactory.getLogger(BackgroundMove.class);
    private static final int POLL_MILLIS = 500;
    /** One short-lived thread per move: moves are rare, and must not hold a shared pool for minutes. */
    private static final Executor OWN_THREAD = task -> {
        Thread thread = new Thread(task, "chidao-clock-move");
        thread.setDaemon(true);
        thread.start();
    };

    private final UI ui;
    private final AtomicReference<ClockAdvance> latest = new AtomicReference<>();
    private final AtomicBoolean updateQueued = new AtomicBoolean();

    private BackgroundMove(UI ui) {
        this.ui = ui;
    }

    /**
     * Starts {@code move} (given the progress listener to pass to the service); {@code onProgress} and
     * {@code onDone} run in the UI. The future completes once the result is queued for the UI.
     */
    static CompletableFuture<ClockAdvance> start(UI ui, Function<Consumer<ClockAdvance>, ClockAdvance> move,
                                                 Consumer<ClockAdvance> onProgress,
                                                 BiConsumer<ClockAdvance, Throwable> onDone) {
        BackgroundMove background = new BackgroundMove(ui);
        ui.setPollInterval(POLL_MILLIS);
        return CompletableFuture.supplyAsync(() -> move.apply(step -> background.report(step, onProgress)),
                        asCaller(OWN_THREAD))
                .whenComplete((result, error) -> background.access(() -> {
                    ui.setPollInterval(-1);
                    onDone.accept(result, error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error);
                }));
    }

    /**
     * The move's thread acts as the signed-in administrator who started it, as the request did: the audit trail
     * records them as who moved the clock (what the jobs on the way change stays the system's).
     */
    private static Executor asCaller(Executor executor) {
        SecurityContext caller = SecurityContextHolder.createEmptyContext();
        caller.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new DelegatingSecurityContextExecutor(executor, caller);
    }

    private void report(ClockAdvance step, Consumer<ClockAdvance> onProgress) {
        latest.set(step);
        if (updateQueued.compareAndSet(false, true)) {
            access(() -> {
                updateQueued.set(false);
                onProgress.accept(latest.get());
            });
        }
    }

    private void access(Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("The clock screen was closed while the clock moved");
        }
    }
}
