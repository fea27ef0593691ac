package vn.chidao.conclusion.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.conclusion.DirectiveDraft;

/** The parser proposes DTI indicators from a task's keywords, each proposal with the words it came from. */
class DtiKeywordsTest {

    @Test
    void eachMainIndicatorIsProposedFromItsKeywords() {
        assertThat(DtiKeywords.propose("Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.").codes())
                .containsExactly("DTI-7");
        assertThat(DtiKeywords.propose("Bảo đảm AN TOÀN THÔNG TIN và an ninh mạng.").codes()).containsExactly("DTI-5");
        assertThat(DtiKeywords.propose("Phát triển hạ tầng 5G và cáp quang.").codes()).containsExactly("DTI-3");
        assertThat(DtiKeywords.propose("Đào tạo, bồi dưỡng nhân lực.").codes()).containsExactly("DTI-4");
        assertThat(DtiKeywords.propose("Tuyên truyền nâng cao nhận thức.").codes()).containsExactly("DTI-1");
        assertThat(DtiKeywords.propose("Ban hành quy chế.").codes()).containsExactly("DTI-2");
        assertThat(DtiKeywords.propose("Xây dựng đô thị thông minh, trung tâm IOC.").codes()).containsExactly("DTI-6");
        assertThat(DtiKeywords.propose("Phát triển thương mại điện tử, kinh tế số.").codes()).containsExactly("DTI-8");
        assertThat(DtiKeywords.propose("Thanh toán không dùng tiền mặt trong thủ tục hành chính.").codes())
                .containsExactly("DTI-9");
    }

    @Test
    void aTaskMayServeSeveralIndicatorsAndWordsInsideOtherWordsDoNotCount() {
        DtiKeywords.Proposal both = DtiKeywords.propose("Xây dựng kế hoạch bảo đảm an toàn thông tin.");
        assertThat(both.codes()).containsExactly("DTI-2", "DTI-5");
        assertThat(both.words()).containsExactly("kế hoạch", "an toàn thông tin");
        assertThat(DtiKeywords.propose("Rà soát các dự án BIOCHEM.").codes()).isEmpty();
        assertThat(DtiKeywords.propose("Tổ chức hội nghị sơ kết.").codes()).isEmpty();
    }

    @Test
    void theParsersDraftCarriesTheProposalsAndTheirWords() {
        NoticeParser parser = Labelled.parser(Labelled.units());
        NoticeReading reading = parser.read("""
                THÔNG BÁO
                Kết luận của Chủ tịch UBND tỉnh tại phiên họp Ban Chỉ đạo chuyển đổi số
                Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:
                1. Sở A đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, hoàn thành trước ngày 30/6/2025.
                2. Sở B tổ chức hội nghị sơ kết, hoàn thành trước ngày 30/6/2025.
                """);
        List<DirectiveDraft> directives = reading.draft().directives();

        assertThat(directives).extracting(DirectiveDraft::content).hasSize(2);
        assertThat(directives.get(0).indicators()).containsExactly("DTI-7");
        Evidence evidence = reading.fields().get("directives[0].indicators");
        assertThat(evidence.text()).isEqualTo("dịch vụ công trực tuyến");
        assertThat(evidence.confidence()).isBetween(0.1, 0.9);
        assertThat(directives.get(1).indicators()).isEmpty();
        assertThat(reading.fields()).doesNotContainKey("directives[1].indicators");
    }
}
