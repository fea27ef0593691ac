package vn.chidao.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.chidao.base.time.AppClock;
import vn.chidao.support.TimeTravel;

/**
 * Runs the morning digest's timer together with the jobs of chosen process instances, in due order, each with
 * the clock at its own due time, as the job executor would have (TimeTravel's way, plus the timer start event,
 * which belongs to no instance). Never sleeps.
 * <p>
 * The timer was scheduled when the model was deployed, for the next 07:30 of real time; a test in the past first
 * lets it fall due on the morning it starts from ({@link #firstMorning}), as if the application had been running
 * then, and {@link #restore()} gives it back its due date afterwards, so moves of the clock in other tests find it
 * where they expect it.
 */
final class MorningDigestJobs {

    private final ManagementService management;
    private final AppClock clock;
    private Date originalDue;

    MorningDigestJobs(ManagementService management, AppClock clock) {
        this.management = management;
        this.clock = clock;
    }

    /** The timer start event's job: there is exactly one, whatever the number of nodes. */
    Job timer() {
        return management.createJobQuery().processDefinitionKey(MorningDigestProcess.KEY).timers().singleResult();
    }

    /** The timer next fires at 07:30 of {@code day} (Asia/Ho_Chi_Minh). */
    void firstMorning(LocalDate day) {
        Job timer = timer();
        if (originalDue == null) {
            originalDue = timer.getDuedate();
        }
        management.setJobDuedate(timer.getId(), Date.from(TimeTravel.at(day, 7, 30)));
    }

    void restore() {
        if (originalDue != null) {
            Job timer = timer();
            management.setJobRetries(timer.getId(), 3);
            management.setJobDuedate(timer.getId(), originalDue);
            originalDue = null;
        }
    }

    /** Runs every job of the digest and of {@code instances} due by {@code target}; the clock ends there. */
    int runUntil(Instant target, ProcessInstance... instances) {
        int ran = 0;
        for (Job job = nextDue(target, instances); job != null; job = nextDue(target, instances)) {
            if (job.getDuedate() != null && job.getDuedate().toInstant().isAfter(clock.instant())) {
                clock.travelTo(job.getDuedate().toInstant());
            }
            management.executeJob(job.getId());
            if (++ran > 1000) {
                throw new AssertionError("More than 1000 jobs: a timer loops");
            }
        }
        clock.travelTo(target);
        return ran;
    }

    private Job nextDue(Instant target, ProcessInstance... instances) {
        List<Job> candidates = new ArrayList<>(management.createJobQuery()
                .processDefinitionKey(MorningDigestProcess.KEY).withRetriesLeft().list());
        for (ProcessInstance instance : instances) {
            candidates.addAll(management.createJobQuery().processInstanceId(instance.getId()).withRetriesLeft().list());
        }
        return candidates.stream()
                .filter(j -> j.getDuedate() == null || !j.getDuedate().toInstant().isAfter(target))
                .min(Comparator.comparing((Job j) -> j.getDuedate() == null ? Instant.EPOCH : j.getDuedate().toInstant()))
                .orElse(null);
    }
}
