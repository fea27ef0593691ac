package vn.chidao.conclusion.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.organisation.UnitDto;

/**
 * The five labelled notices (src/test/resources/notice/notice-N.txt and .expected) read whole: their headers, and at
 * least 9 of every 10 directives exactly as labelled (lead, coordinating units, deadline).
 */
class NoticeParserNoticesTest {

    private static final Logger log = LoggerFactory.getLogger(NoticeParserNoticesTest.class);

    /** One expected directive: lead code, coordinating codes, deadline label. */
    record Expected(String lead, Set<String> coordinating, String deadline) {
    }

    @Test
    void shouldReadAtLeastNineDirectivesInTenOfTheLabelledNoticesCorrectly() {
        List<UnitDto> units = Labelled.units();
        NoticeParser parser = Labelled.parser(units);
        int total = 0;
        int correct = 0;
        for (int n = 1; n <= 5; n++) {
            NoticeReading reading = parser.read(Labelled.read("notice-" + n + ".txt"));
            List<Expected> expected = new ArrayList<>();
            for (String line : Labelled.read("notice-" + n + ".expected").split("\n")) {
                if (line.startsWith("number:")) {
                    assertThat(reading.number()).as("number of notice %d", n).isEqualTo(line.substring(7).trim());
                } else if (line.startsWith("issuedDate:")) {
                    assertThat(reading.issuedDate()).as("issue date of notice %d", n)
                            .isEqualTo(LocalDate.parse(line.substring(11).trim()));
                } else if (line.startsWith("meetingDate:")) {
                    assertThat(reading.draft().meetingDate()).as("meeting date of notice %d", n)
                            .isEqualTo(LocalDate.parse(line.substring(12).trim()));
                } else if (line.startsWith("committee:")) {
                    String committee = line.substring(10).trim();
                    assertThat(reading.draft().committee()).as("committee of notice %d", n)
                            .isEqualTo(committee.isEmpty() ? null : committee);
                } else if (line.contains("|")) {
                    String[] f = line.split("\\|", -1);
                    for (String lead : Labelled.codes(f[0], units)) {
                        expected.add(new Expected(lead, Labelled.codes(f[1], units), f[2].trim()));
                    }
                }
            }
            List<DirectiveDraft> found = reading.draft().directives();
            log.info("Notice {}: {} directives expected, {} read", n, expected.size(), found.size());
            assertThat(reading.draft().title()).as("title of notice %d", n).startsWith("Kết luận");
            for (int i = 0; i < expected.size(); i++) {
                Expected e = expected.get(i);
                DirectiveDraft d = i < found.size() ? found.get(i) : null;
                Set<String> coordinating = new LinkedHashSet<>(e.coordinating());
                coordinating.remove(e.lead());
                boolean ok = d != null && Objects.equals(d.leadUnit(), e.lead())
                        && new LinkedHashSet<>(d.coordinatingUnits()).equals(coordinating)
                        && e.deadline().equals(label(d));
                total++;
                if (ok) {
                    correct++;
                } else {
                    log.info("Notice {} directive {}: expected {} but read {}", n, i + 1, e, d == null ? "nothing"
                            : d.leadUnit() + " " + d.coordinatingUnits() + " " + label(d) + " · " + d.content());
                }
            }
            assertThat(found).as("directives of notice %d", n).hasSize(expected.size());
        }
        log.info("Notices: {} of {} directives as labelled", correct, total);
        assertThat(correct * 10).as("directives as labelled, of %d", total).isGreaterThanOrEqualTo(total * 9);
    }

    private static String label(DirectiveDraft d) {
        return d.ongoing() ? "ongoing" : d.deadlineWorkingDays() != null ? d.deadlineWorkingDays() + "wd"
                : String.valueOf(d.deadline());
    }
}
