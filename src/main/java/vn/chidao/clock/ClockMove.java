package vn.chidao.clock;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;

/**
 * One move of the clock from its time to a target: with the clock frozen, runs what is due now, then steps to
 * the next due date and runs that, until nothing is due by the target or {@code maxJobs} jobs have run. Jobs a
 * job creates are found by the next query, so they run too if they fall due by the target.
 */
final class ClockMove {

    private static final Logger log = LoggerFactory.getLogger(ClockMove.class);

    private final AppClock clock;
    private final EngineJobs jobs;
    private final Instant target;
    private final int maxJobs;
    private final Consumer<ClockAdvance> progress;
    private final Set<String> failed = new HashSet<>();
    private Instant at;
    private int executed;
    private int runs;
    private boolean complete;

    ClockMove(AppClock clock, EngineJobs jobs, Instant from, Instant target, int maxJobs,
              Consumer<ClockAdvance> progress) {
        this.clock = clock;
        this.jobs = jobs;
        this.at = from;
        this.target = target;
        this.maxJobs = maxJobs;
        this.progress = progress;
    }

    void run() {
        clock.travelTo(at);
        while (true) {
            Optional<Job> job = jobs.nextDueNow();
            Optional<Job> later = job.isPresent() ? Optional.empty() : jobs.nextDueBetween(at, target);
            if (job.isEmpty() && later.isEmpty()) {
                complete = true;
                return;
            }
            if (runs == maxJobs) {
                log.warn("Clock stopped at {} on its way to {}: {} job runs is the most one move makes",
                        Dates.format(at), Dates.format(target), maxJobs);
                return;
            }
            if (job.isPresent()) {
                runs++;
                if (jobs.execute(job.get())) {
                    executed++;
                } else {
                    failed.add(job.get().getId());
                }
            } else {
                at = later.get().getDuedate().toInstant();
                clock.travelTo(at);
            }
            progress.accept(result());
        }
    }

    /** The target once everything due by it has run; otherwise the step the move got to. */
    Instant reached() {
        return complete ? target : at;
    }

    ClockAdvance result() {
        return new ClockAdvance(Dates.local(reached()), executed, failed.size());
    }
}
