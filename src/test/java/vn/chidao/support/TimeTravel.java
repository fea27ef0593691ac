package vn.chidao.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.notification.NotificationDto;
import vn.chidao.notification.NotificationKind;
import vn.chidao.notification.NotificationService;

/**
 * Moves the application's clock (the domain's and the engine's) for process tests, and runs the jobs of chosen
 * process instances that fall due, each with the clock at its own due time, as the job executor would have.
 * Never sleeps. Tests call {@link #reset()} afterwards.
 */
@Component
public class TimeTravel {

    private final AppClock clock;
    private final ManagementService management;
    private final NotificationService notifications;

    TimeTravel(AppClock clock, ManagementService management, NotificationService notifications) {
        this.clock = clock;
        this.management = management;
        this.notifications = notifications;
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(Dates.ZONE).toInstant();
    }

    /** Stops the clock at {@code hour:minute} of {@code day} in Asia/Ho_Chi_Minh. */
    public void startAt(LocalDate day, int hour, int minute) {
        clock.travelTo(at(day, hour, minute));
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Runs, in due order, every job of the instances (and of the instances they called) due at or before
     * {@code target}, then leaves the clock at {@code target}. Returns how many ran.
     */
    public int runUntil(Instant target, ProcessInstance... instances) {
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

    /** {@link #runUntil} to {@code hour:minute} of {@code day}. */
    public int runUntil(LocalDate day, int hour, int minute, ProcessInstance... instances) {
        return runUntil(at(day, hour, minute), instances);
    }

    /** The due dates of the pending timers of an instance, as local date-times, earliest first. */
    public List<LocalDateTime> timers(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().orderByJobDuedate().asc()
                .list().stream().map(j -> LocalDateTime.ofInstant(j.getDuedate().toInstant(), Dates.ZONE)).toList();
    }

    /** The caller's notifications, oldest first. */
    public List<NotificationDto> notificationsOf(Actor actor) {
        List<NotificationDto> all = new ArrayList<>(notifications.mine(actor, PageRequest.of(0, 500)).getContent());
        Collections.reverse(all);
        return all;
    }

    /**
     * What the deadline watch and the decisions on it told a person, oldest first: reminders, overdue notices,
     * escalations, extension requests and decisions, a leader's urging or criticism; not the announcements of new
     * and returned work ({@code TASK_ASSIGNED}, {@code REVIEW_NEEDED} …), which tests of the watch leave aside.
     */
    public List<NotificationDto> watchOf(Actor actor) {
        return notificationsOf(actor).stream().filter(n -> WATCH.contains(n.kind())).toList();
    }

    private static final java.util.Set<NotificationKind> WATCH = java.util.EnumSet.of(NotificationKind.REMINDER,
            NotificationKind.OVERDUE, NotificationKind.ESCALATION, NotificationKind.EXTENSION_REQUESTED,
            NotificationKind.EXTENSION_DECIDED, NotificationKind.LEADER_ACTION);

    public void reset() {
        clock.reset();
    }

    private Job nextDue(Instant target, ProcessInstance... instances) {
        List<Job> due = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            due.addAll(management.createJobQuery().processInstanceId(instance.getId()).withRetriesLeft().list().stream()
                    .filter(j -> j.getDuedate() == null || !j.getDuedate().toInstant().isAfter(target)).toList());
        }
        return due.stream().min(Comparator.comparing(
                (Job j) -> j.getDuedate() == null ? Instant.EPOCH : j.getDuedate().toInstant())).orElse(null);
    }
}
