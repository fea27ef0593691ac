package vn.chidao.demo;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;

/**
 * The seed loader's {@link SeedClock} until the adjustable clock service (which advances the clock and runs
 * every job due in between) is merged; it should then take this class's place. Like that service it runs, in
 * due-date order, every job of the engine that falls due by the target (timers, and the asynchronous
 * continuations they leave), the clock stepped to each job's due time first, so the notifications and escalations
 * carry their real dates. The jobs run in the caller's transaction (the government being loaded); a job that
 * fails fails the load, and {@link Replay} names the step that moved the clock. On the demo's first start nothing
 * else runs them meanwhile: Camunda starts its job executor once the application is ready, after the seeder.
 */
@Component
class DueJobs implements SeedClock {

    /** More job runs than this for one move means a timer loops. */
    static final int MAX_JOBS_PER_MOVE = 5000;

    private final AppClock clock;
    private final ManagementService management;

    DueJobs(AppClock clock, ManagementService management) {
        this.clock = clock;
        this.management = management;
    }

    @Override
    public int advanceTo(Instant target) {
        if (target.isBefore(clock.instant())) {
            clock.travelTo(target);
            return 0;
        }
        int ran = 0;
        for (Job job = next(target); job != null; job = next(target)) {
            if (job.getDuedate() != null && job.getDuedate().toInstant().isAfter(clock.instant())) {
                clock.travelTo(job.getDuedate().toInstant());
            }
            run(job);
            if (++ran > MAX_JOBS_PER_MOVE) {
                throw new IllegalStateException("More than " + MAX_JOBS_PER_MOVE + " jobs fell due on the way to "
                        + Dates.format(target) + ": a timer loops");
            }
        }
        clock.travelTo(target);
        return ran;
    }

    /** The next job to run: one due by the clock's time (or without a due date), else the first due by the target. */
    private Job next(Instant target) {
        List<Job> now = management.createJobQuery().executable().active().orderByJobDuedate().asc().listPage(0, 1);
        if (!now.isEmpty()) {
            return now.get(0);
        }
        List<Job> later = management.createJobQuery().active().withRetriesLeft()
                .duedateHigherThan(Date.from(clock.instant())).duedateLowerThenOrEquals(Date.from(target))
                .orderByJobDuedate().asc().listPage(0, 1);
        return later.isEmpty() ? null : later.get(0);
    }

    private void run(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException e) {
            throw new IllegalStateException("The job " + job.getId() + " (process " + job.getProcessDefinitionKey()
                    + ", instance " + job.getProcessInstanceId() + ", due " + (job.getDuedate() == null ? "now"
                    : Dates.format(job.getDuedate().toInstant())) + ") failed: " + e.getMessage(), e);
        }
    }
}
