package vn.chidao.conclusion.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidao.organisation.UnitDto;

/**
 * Precision and recall of the parser on the labelled sentences (src/test/resources/notice/sentences.txt): lead
 * units, coordinating units and deadlines, each at least 90%.
 */
class NoticeParserAccuracyTest {

    private static final Logger log = LoggerFactory.getLogger(NoticeParserAccuracyTest.class);

    /** True and false positives and false negatives of one field. */
    static final class Score {
        int tp;
        int fp;
        int fn;

        void add(Set<String> expected, Set<String> found) {
            Set<String> hit = new HashSet<>(found);
            hit.retainAll(expected);
            tp += hit.size();
            fp += found.size() - hit.size();
            fn += expected.size() - hit.size();
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        @Override
        public String toString() {
            return String.format("precision %.3f, recall %.3f (tp %d, fp %d, fn %d)", precision(), recall(), tp, fp, fn);
        }
    }

    @Test
    void shouldFindLeadsCoordinatorsAndDeadlinesOfTheLabelledSentences() {
        List<UnitDto> units = Labelled.units();
        NoticeParser parser = Labelled.parser(units);
        List<Labelled.Sentence> sentences = Labelled.sentences(units);
        Score leads = new Score();
        Score coordinating = new Score();
        Score deadlines = new Score();
        List<String> misses = new ArrayList<>();
        for (Labelled.Sentence s : sentences) {
            Task task = parser.task(s.text(), s.base());
            Set<String> foundLeads = codes(task.leads());
            Set<String> foundCoordinating = codes(task.coordinating());
            foundCoordinating.removeAll(foundLeads.size() == 1 ? foundLeads : Set.of());
            Set<String> expectedCoordinating = new LinkedHashSet<>(s.coordinating());
            expectedCoordinating.removeAll(s.leads().size() == 1 ? s.leads() : Set.of());
            String deadline = task.deadline() == null ? null : task.deadline().label();
            leads.add(s.leads(), foundLeads);
            coordinating.add(expectedCoordinating, foundCoordinating);
            deadlines.add(s.deadline() == null ? Set.of() : Set.of(s.deadline()), deadline == null ? Set.of() : Set.of(deadline));
            if (!foundLeads.equals(s.leads()) || !foundCoordinating.equals(expectedCoordinating)
                    || !java.util.Objects.equals(deadline, s.deadline())) {
                misses.add(s.text() + "\n    lead " + foundLeads + " coord " + foundCoordinating + " deadline " + deadline);
            }
        }
        log.info("Labelled sentences: {}", sentences.size());
        log.info("Lead units: {}", leads);
        log.info("Coordinating units: {}", coordinating);
        log.info("Deadlines: {}", deadlines);
        misses.forEach(m -> log.info("Not as labelled: {}", m));
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(80);
        assertThat(leads.precision()).as("lead precision").isGreaterThanOrEqualTo(0.9);
        assertThat(leads.recall()).as("lead recall").isGreaterThanOrEqualTo(0.9);
        assertThat(coordinating.precision()).as("coordinating precision").isGreaterThanOrEqualTo(0.9);
        assertThat(coordinating.recall()).as("coordinating recall").isGreaterThanOrEqualTo(0.9);
        assertThat(deadlines.precision()).as("deadline precision").isGreaterThanOrEqualTo(0.9);
        assertThat(deadlines.recall()).as("deadline recall").isGreaterThanOrEqualTo(0.9);
    }

    private static Set<String> codes(List<UnitDto> units) {
        Set<String> codes = new LinkedHashSet<>();
        units.forEach(u -> codes.add(u.code()));
        return codes;
    }
}
