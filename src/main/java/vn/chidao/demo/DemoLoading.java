package vn.chidao.demo;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether the demo is loading, and how far it got. While it loads the adjustable clock stands in the seeds' past, so
 * nobody may act: the screens show {@link DemoLoadingView}, the API answers 503 ({@link DemoLoadingFilter}) and
 * readiness is out of service ({@link DemoLoadingHealthIndicator}). The loader's own calls go through the services and are
 * not held back. Set by {@link DemoSeeder} before the web server starts and by {@link DemoLoader} while it loads.
 */
@Component
class DemoLoading {

    /** Loading the {@code number}th of {@code total} governments, {@code government} (none yet while preparing). */
    record Progress(String government, int number, int total) {

        /** Between 0 and 1: the governments loaded before this one. */
        double fraction() {
            return total == 0 ? 0 : (double) (number - 1) / total;
        }
    }

    private volatile Progress progress;

    /** The demo will load: from now on nobody acts, before the first government is named. */
    void expect() {
        if (progress == null) {
            progress = new Progress(null, 0, 0);
        }
    }

    void loading(String government, int number, int total) {
        progress = new Progress(government, number, total);
    }

    void finish() {
        progress = null;
    }

    boolean active() {
        return progress != null;
    }

    /** Empty once loading ended (or when it never started). */
    Optional<Progress> progress() {
        return Optional.ofNullable(progress);
    }
}
