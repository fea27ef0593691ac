package vn.chidao.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chidao.base.time.Dates;

/**
 * The digest's timer cycle as Camunda reads it ({@link DurationHelper}, what its cycle business calendar uses):
 * every morning at 07:30 in Vietnam, also when the JVM runs in a zone that changes to and from daylight saving
 * time (the United States on 9/3/2025, Europe on 30/3 and 26/10/2025).
 */
@Tag("unit")
class MorningDigestCycleTest {

    private final MorningDigest digest = new MorningDigest(null, null);

    @Test
    void aRepeatingIntervalStartingAtHalfPastSevenInVietnam() {
        assertThat(digest.cycle()).isEqualTo("R/2020-01-01T07:30:00+07:00/PT24H");
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Europe/Berlin", "UTC", "Asia/Ho_Chi_Minh"})
    void everyMorningAtHalfPastSevenInVietnamWhateverTheJvmZone(String jvmZone) throws Exception {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
        try {
            DurationHelper cycle = new DurationHelper(digest.cycle());
            LocalDate first = LocalDate.of(2025, 3, 1);
            Date after = Date.from(Instant.parse("2025-03-01T00:00:00Z"));
            for (int day = 0; day < 250; day++) {
                Date next = cycle.getDateAfter(after);
                ZonedDateTime inVietnam = next.toInstant().atZone(Dates.ZONE);
                assertThat(inVietnam.toLocalDate()).isEqualTo(first.plusDays(day));
                assertThat(inVietnam.toLocalTime()).as("on %s", inVietnam.toLocalDate()).isEqualTo(LocalTime.of(7, 30));
                after = next;
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
