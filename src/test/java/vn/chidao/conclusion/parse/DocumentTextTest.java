package vn.chidao.conclusion.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.base.InvalidInputException;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.organisation.UnitDto;

/** The labelled notices uploaded as .docx, .pdf and .txt read as their text does; other files are refused on "file". */
class DocumentTextTest {

    private final List<UnitDto> units = Labelled.units();
    private final NoticeParser parser = Labelled.parser(units);

    @Test
    void shouldReadTheSameDirectivesFromDocxPdfAndTxt() {
        for (int n = 1; n <= 5; n++) {
            String text = Labelled.read("notice-" + n + ".txt");
            List<DirectiveDraft> expected = parser.read(text).draft().directives();
            assertThat(parser.read(DocumentText.of("tb.docx", NoticeFiles.docx(text))).draft().directives())
                    .as("notice %d as .docx", n).isEqualTo(expected);
            NoticeReading fromPdf = parser.read(DocumentText.of("TB-" + n + ".PDF", NoticeFiles.pdf(text)));
            assertThat(fromPdf.draft().directives()).extracting(DirectiveDraft::leadUnit, DirectiveDraft::coordinatingUnits,
                            DirectiveDraft::deadline, DirectiveDraft::ongoing, DirectiveDraft::deadlineWorkingDays)
                    .as("notice %d as .pdf", n)
                    .isEqualTo(expected.stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.leadUnit(),
                            d.coordinatingUnits(), d.deadline(), d.ongoing(), d.deadlineWorkingDays())).toList());
            assertThat(fromPdf.number()).isEqualTo(parser.read(text).number());
            assertThat(parser.read(DocumentText.of("tb.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)))
                    .draft().directives()).isEqualTo(expected);
        }
    }

    @Test
    void shouldRefuseOtherTypesEmptyFilesAndDisguisedOnes() {
        byte[] docx = NoticeFiles.docx("Số: 1/TB-UBND");
        assertThatThrownBy(() -> DocumentText.of("tb.xlsx", docx)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).messageKey()).isEqualTo("error.parse.fileType"));
        assertThatThrownBy(() -> DocumentText.of("tb.pdf", docx)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentText.of("tb.txt", docx)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentText.of("tb.txt", new byte[0])).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> DocumentText.of("tb.docx", "PK not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).messageKey()).isEqualTo("error.parse.unreadable"));
    }
}
