package vn.chidao.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import vn.chidao.base.time.AppClock;
import vn.chidao.support.ChidaoTest;
import vn.chidao.support.Fixtures;

/** A restarted demo goes on where its clock was: the kept offset is applied on start, where adjustable. */
@ChidaoTest
class ClockStartupTest {

    private static final Duration THREE_DAYS = Duration.ofDays(3);

    @Autowired
    ClockStartup startup;
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

    @BeforeEach
    void threeDaysAheadWereKept() {
        clock.reset();
        settings.save(new ClockSetting(THREE_DAYS.toMillis(), Instant.now().plus(THREE_DAYS), "admin"));
    }

    @AfterEach
    void backToRealTime() {
        clockService.resetToRealTime(fixtures.admin());
    }

    @Test
    void onStartTheClockRunsAsFarAheadAsItWasKept() {
        startup.run(new DefaultApplicationArguments());

        assertThat(clock.isFrozen()).isFalse();
        assertThat(clock.offset()).isEqualTo(THREE_DAYS);
        assertThat(Duration.between(Instant.now(), clock.instant()))
                .isBetween(THREE_DAYS.minusSeconds(5), THREE_DAYS.plusSeconds(5));
        long engineAhead = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
        assertThat(engineAhead).as("ClockUtil runs ahead by the same offset")
                .isBetween(THREE_DAYS.toMillis() - 1000, THREE_DAYS.toMillis() + 1000);
    }

    @Test
    void whereTheClockIsNotAdjustableAKeptOffsetIsIgnored() {
        new ClockService(clock, jobs, settings, false, 10).restoreSaved();

        assertThat(clock.offset()).isZero();
        assertThat(Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis())).isLessThan(1000);
    }

    @Test
    void withoutAKeptOffsetTheClockFollowsRealTime() {
        settings.deleteAll();

        startup.run(new DefaultApplicationArguments());

        assertThat(clock.offset()).isZero();
        assertThat(clock.isFrozen()).isFalse();
    }
}
