package vn.chidao.clock;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidao.base.Actor;
import vn.chidao.base.ConflictException;
import vn.chidao.base.ForbiddenException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;
import vn.chidao.support.World;

/**
 * Moving the clock runs the jobs due by the new time, in order, each at its own due time. The tests start from a
 * frozen clock in 2001, far from the jobs other tests leave due around today; a first move to that same instant
 * runs what other tests left without a due date, so each test counts its own jobs only.
 */
@ChidaoTest
class ClockServiceTest {

    static final Instant BASE = OffsetDateTime.parse("2001-03-01T08:00:00+07:00").toInstant();

    @Autowired
    ClockService clockService;
    @Autowired
    AppClock clock;
    @Autowired
    EngineJobs jobs;
    @Autowired
    ClockSettingRepository settings;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Messages messages;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    Actor admin;
    ClockProcesses processes;

    @BeforeEach
    void frozenInTheQuietPast() {
        admin = fixtures.admin();
        processes = new ClockProcesses(repository, runtime);
        clock.travelTo(BASE);
        clockService.advanceTo(admin, BASE);
    }

    @AfterEach
    void backToRealTime() {
        processes.deleteAll();
        clockService.resetToRealTime(admin);
    }

    @Test
    void theHistoryCleanupIsLeftToTheJobExecutorEvenWhenDue() {
        Job cleanup = history.cleanUpHistoryAsync(true);
        try {
            assertThat(management.createJobQuery().jobId(cleanup.getId()).executable().count()).isOne();
            assertThat(jobs.nextDueNow()).map(Job::getId).isNotEqualTo(java.util.Optional.of(cleanup.getId()));
            ClockAdvance moved = clockService.advanceBy(admin, Period.ofDays(2));
            assertThat(moved.jobsFailed()).isZero();
            Job after = management.createJobQuery().jobId(cleanup.getId()).singleResult();
            assertThat(after.getDuedate()).as("not run by the clock, so not rescheduled").isEqualTo(cleanup.getDuedate());
            assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
        } finally {
            history.cleanUpHistoryAsync(false);
        }
    }

    @Test
    void eachTimerRunsAtItsOwnDueTimeAndTheTimersItCreatesCountFromThere() {
        String instance = processes.start(ClockProcesses.chain());

        ClockAdvance moved = clockService.advanceBy(admin, Period.ofDays(5));

        // Timer P1D, timer P2D, then Step_2's asynchronous continuation (no due date) at the same step.
        assertThat(moved.jobsExecuted()).isEqualTo(3);
        assertThat(moved.jobsFailed()).isZero();
        assertThat(moved.now()).isEqualTo(OffsetDateTime.parse("2001-03-06T08:00:00+07:00"));
        assertThat(moved.now().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance).activityType("serviceTask")
                .orderByHistoricActivityInstanceStartTime().asc().list();
        assertThat(steps).extracting(HistoricActivityInstance::getActivityId).containsExactly("Step_1", "Step_2");
        assertThat(steps).extracting(step -> step.getStartTime().toInstant())
                .containsExactly(BASE.plus(1, DAYS), BASE.plus(3, DAYS));
        Map<String, Object> recorded = runtime.getVariables(instance);
        assertThat(recorded).containsEntry("domainAt_1", BASE.plus(1, DAYS).toEpochMilli())
                .containsEntry("engineAt_1", Date.from(BASE.plus(1, DAYS)))
                .containsEntry("domainAt_2", BASE.plus(3, DAYS).toEpochMilli())
                .containsEntry("engineAt_2", Date.from(BASE.plus(3, DAYS)))
                .doesNotContainKey("domainAt_3");
        // The 4-day timer was created at Step_2's moment (day 3), not at the target nor in real time.
        Job next = management.createJobQuery().processInstanceId(instance).singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(BASE.plus(7, DAYS));
        assertThat(clock.instant()).isEqualTo(BASE.plus(5, DAYS));
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void aRunningClockRunsOnFromTheTargetAndTheOffsetIsKept() {
        clock.runFrom(BASE);
        String instance = processes.start(ClockProcesses.oneTimer("PT30M"));
        Instant due = management.createJobQuery().processInstanceId(instance).singleResult().getDuedate().toInstant();
        Instant target = BASE.plus(1, DAYS);

        ClockAdvance moved = clockService.advanceTo(admin, target);

        assertThat(moved.jobsExecuted()).isEqualTo(1);
        assertThat(moved.now().toInstant()).isEqualTo(target);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(v -> v.getName() + "=" + v.getValue())
                .containsExactlyInAnyOrder("domainAt_1=" + due.toEpochMilli(), "engineAt_1=" + Date.from(due));
        assertThat(clock.isFrozen()).isFalse();
        long before = clock.instant().toEpochMilli();
        long engineNow = ClockUtil.getCurrentTime().getTime();
        long after = clock.instant().toEpochMilli();
        assertThat(engineNow).as("ClockUtil agrees with AppClock").isBetween(before - 5, after + 5);
        assertThat(clock.instant()).isBetween(target, target.plus(1, MINUTES));
        assertThat(settings.findById(ClockSetting.ID)).get()
                .satisfies(kept -> assertThat(kept.getOffsetMillis()).isEqualTo(clock.offset().toMillis()))
                .satisfies(kept -> assertThat(kept.getSetTo()).isEqualTo(target));
    }

    @Test
    void theClockNeverGoesBack() {
        assertThatThrownBy(() -> clockService.advanceTo(admin, BASE.minus(1, MINUTES)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("now");
                        assertThat(messages.get(Messages.VIETNAMESE, error.messageKey(), error.arguments()))
                                .isEqualTo("không lùi đồng hồ được: bây giờ đã là 01/03/2001 08:00");
                    });
                });
        assertThat(clock.instant()).isEqualTo(BASE);
    }

    @Test
    void aMoveWithoutATargetNamesTheFieldNow() {
        assertThatThrownBy(() -> clockService.advanceTo(admin, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("now"));
    }

    @Test
    void onlyTheInstallationsAdministratorMovesTheClockAndOnlyAdministratorsReadIt() {
        World world = fixtures.newWorld();
        Actor governmentAdmin = fixtures.user(world, "qt", Role.ADMIN, null);

        assertThatThrownBy(() -> clockService.advanceTo(world.secretariat(), BASE.plus(1, DAYS)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> clockService.state(world.secretariat())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> clockService.advanceTo(governmentAdmin, BASE.plus(1, DAYS)))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.clock.installationAdmin"));
        assertThat(clockService.state(governmentAdmin).now().toInstant()).isEqualTo(BASE);
        assertThat(clock.instant()).isEqualTo(BASE);
    }

    @Test
    void whereTheClockIsNotAdjustableMovingItIs409() {
        ClockService realTimeOnly = new ClockService(clock, jobs, settings, false, 10);

        assertThatThrownBy(() -> realTimeOnly.advanceTo(admin, BASE.plus(1, DAYS)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.clock.notAdjustable"));
        assertThat(realTimeOnly.state(admin).adjustable()).isFalse();
        assertThat(clockService.state(admin).adjustable()).isTrue();
        assertThat(clock.instant()).isEqualTo(BASE);
    }

    @Test
    void aFailingJobIsRetriedAsTheEngineAllowsThenLeftAsAnIncident() {
        String instance = processes.start(ClockProcesses.failing());

        ClockAdvance moved = clockService.advanceTo(admin, BASE.plus(1, HOURS));

        assertThat(moved.jobsExecuted()).isZero();
        assertThat(moved.jobsFailed()).isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(instance).singleResult().getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(clock.instant()).isEqualTo(BASE.plus(1, HOURS));
    }

    @Test
    void aMoveStopsAfterTheMostJobRunsAtTheStepItReached() {
        ClockService capped = new ClockService(clock, jobs, settings, true, 3);
        String instance = processes.start(ClockProcesses.hourly());

        ClockAdvance moved = capped.advanceTo(admin, BASE.plus(10, HOURS));

        assertThat(moved.jobsExecuted()).isEqualTo(3);
        assertThat(moved.now().toInstant()).isEqualTo(BASE.plus(3, HOURS));
        assertThat(clock.instant()).isEqualTo(BASE.plus(3, HOURS));
        assertThat(management.createJobQuery().processInstanceId(instance).singleResult().getDuedate().toInstant())
                .isEqualTo(BASE.plus(4, HOURS));
    }

    @Test
    void aSecondMoveWhileOneRunsIs409() {
        processes.start(ClockProcesses.chain());
        AtomicBoolean tried = new AtomicBoolean();
        List<Throwable> second = new ArrayList<>();

        clockService.advanceTo(admin, BASE.plus(2, DAYS), step -> {
            if (tried.compareAndSet(false, true)) {
                try {
                    CompletableFuture.supplyAsync(() -> clockService.advanceTo(admin, BASE.plus(9, DAYS))).join();
                } catch (CompletionException e) {
                    second.add(e.getCause());
                }
            }
        });

        assertThat(second).singleElement().isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.clock.busy"));
        assertThat(clock.instant()).isEqualTo(BASE.plus(2, DAYS));
    }

    @Test
    void theJobExecutorIsPausedWhileTheClockMovesAndStartedAgainAfterEvenOnFailure() {
        JobExecutor executor = new JobExecutor() {
            @Override
            protected void startExecutingJobs() {
            }

            @Override
            protected void stopExecutingJobs() {
            }

            @Override
            public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
            }
        };
        executor.start();
        ClockService service = new ClockService(clock, new EngineJobs(management, () -> executor), settings, true, 100);
        processes.start(ClockProcesses.oneTimer("PT1H"));
        List<Boolean> activeWhileMoving = new ArrayList<>();

        service.advanceTo(admin, BASE.plus(1, DAYS), step -> activeWhileMoving.add(executor.isActive()));

        assertThat(activeWhileMoving).isNotEmpty().containsOnly(false);
        assertThat(executor.isActive()).isTrue();

        processes.start(ClockProcesses.oneTimer("PT1H"));
        assertThatThrownBy(() -> service.advanceTo(admin, BASE.plus(2, DAYS), step -> {
            throw new IllegalStateException("the screen went away");
        })).hasMessage("the screen went away");
        assertThat(executor.isActive()).isTrue();
        assertThat(clock.instant()).as("the clock stays at the step reached").isEqualTo(BASE.plus(1, DAYS).plus(1, HOURS));
        assertThat(engine.getJobExecutor().isActive()).as("the tests' job executor stays off").isFalse();
    }
}
