package vn.chidao.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The engine's jobs as the clock sees them: which one is next, running one in its own transaction, and keeping
 * Camunda's job executor away from them while the clock moves.
 */
@Component
class EngineJobs {

    private static final Logger log = LoggerFactory.getLogger(EngineJobs.class);

    /** How long a pause waits for jobs the executor had already picked up to finish. */
    private static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 50;
    private static final int PAGE = 20;

    /** A paused job executor; closing it restarts the executor if it was running. */
    interface Pause extends AutoCloseable {
        @Override
        void close();
    }

    private final ManagementService management;
    private final Supplier<JobExecutor> executor;

    @Autowired
    EngineJobs(ManagementService management, ProcessEngineConfigurationImpl engine) {
        this(management, engine::getJobExecutor);
    }

    EngineJobs(ManagementService management, Supplier<JobExecutor> executor) {
        this.management = management;
        this.executor = executor;
    }

    /** The next job to run at the engine's current time: one without a due date, or one due by now. */
    Optional<Job> nextDueNow() {
        return first(management.createJobQuery().executable().active().orderByJobDuedate().asc());
    }

    /** The earliest job with retries left that falls due after {@code after} and at or before {@code until}. */
    Optional<Job> nextDueBetween(Instant after, Instant until) {
        return first(management.createJobQuery().active().withRetriesLeft()
                .duedateHigherThan(Date.from(after)).duedateLowerThenOrEquals(Date.from(until))
                .orderByJobDuedate().asc());
    }

    /**
     * Runs a job in its own transaction. A failure is logged and answered false; the engine has then
     * decremented the job's retries (and raised an incident when none are left), as its job executor would.
     */
    boolean execute(Job job) {
        try {
            management.executeJob(job.getId());
            return true;
        } catch (RuntimeException e) {
            log.warn("Job {} (process {}, due {}) failed; retries left before this run: {}: {}", job.getId(),
                    job.getProcessDefinitionKey(), job.getDuedate(), job.getRetries(), e.getMessage());
            log.debug("Job {} failed", job.getId(), e);
            return false;
        }
    }

    /**
     * Stops the job executor's acquisition if it runs, and waits (briefly) for the jobs it had picked up already.
     * Close the pause to start it again; nothing happens on close if it was not running.
     */
    Pause pauseExecutor() {
        JobExecutor jobExecutor = executor.get();
        if (jobExecutor == null || !jobExecutor.isActive()) {
            return () -> {
            };
        }
        log.debug("Pausing the job executor while the clock moves");
        jobExecutor.shutdown();
        try {
            awaitJobsInFlight();
        } catch (RuntimeException e) {
            jobExecutor.start();
            throw e;
        }
        return () -> {
            log.debug("Restarting the job executor");
            jobExecutor.start();
        };
    }

    /** Jobs still locked by the executor are running or queued in its threads; they finish on their own. */
    private void awaitJobsInFlight() {
        long deadline = System.nanoTime() + IN_FLIGHT_WAIT.toNanos();
        while (management.createJobQuery().acquired().count() > 0) {
            if (System.nanoTime() > deadline) {
                log.warn("Jobs locked by the job executor are still not done after {} s; the clock moves anyway",
                        IN_FLIGHT_WAIT.toSeconds());
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The first job of the query but the engine's history cleanup: that one (due each night in its window) is left
     * to the job executor in real time, since a clock moved across a year would otherwise run it thousands of times,
     * for nothing a demo or a test needs.
     */
    private static Optional<Job> first(JobQuery query) {
        int page = 0;
        while (true) {
            List<Job> jobs = query.listPage(page * PAGE, PAGE);
            Optional<Job> found = jobs.stream().filter(j -> !isHistoryCleanup(j)).findFirst();
            if (found.isPresent() || jobs.size() < PAGE) {
                return found;
            }
            page++;
        }
    }

    private static boolean isHistoryCleanup(Job job) {
        return job instanceof JobEntity entity && HistoryCleanupJobHandler.TYPE.equals(entity.getJobHandlerType());
    }
}
