package vn.chidao.conclusion.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidao.conclusion.DirectiveDraft;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;

/**
 * Units by their variants, accent-insensitive, and units that have ended (issue 14): a notice naming one proposes
 * its successor and says why.
 */
class UnitNamesTest {

    private static final LocalDate BASE = LocalDate.of(2023, 6, 20);

    private final List<UnitDto> units = Labelled.units();
    private final NoticeParser parser = Labelled.parser(units);

    @Test
    void shouldDeriveTheAbbreviationsAgenciesWrite() {
        assertThat(UnitNames.initials("Thông tin và Truyền thông")).isEqualTo("TT&TT");
        assertThat(UnitNames.initials("Kế hoạch và Đầu tư")).isEqualTo("KH&ĐT");
        assertThat(UnitNames.initials("Lao động - Thương binh và Xã hội")).isEqualTo("LĐ-TB&XH");
        assertThat(UnitNames.initials("Văn hóa, Thể thao và Du lịch")).isEqualTo("VH-TT&DL");
    }

    @Test
    void shouldFindUnitsWrittenWithoutAccentsOrInTheirShortForms() {
        Task plain = parser.task("So Thong tin va Truyen thong chu tri, phoi hop voi huyen Ba Be trien khai, "
                + "hoan thanh truoc ngay 15/12/2023.", BASE);
        assertThat(plain.leads()).extracting(UnitDto::code).containsExactly("STTTT");
        assertThat(plain.coordinating()).extracting(UnitDto::code).containsExactly("BABE");
        assertThat(plain.deadline().date()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(lead("Sở TT & TT chủ trì hướng dẫn.")).isEqualTo("STTTT");
        assertThat(lead("Giao Sở KHĐT chủ trì rà soát.")).isEqualTo("SKHDT");
        assertThat(lead("Ủy ban nhân dân huyện Chợ Đồn chủ trì thực hiện.")).isEqualTo("CHODON");
        assertThat(lead("Đề nghị TP. Bắc Kạn khẩn trương hoàn thành.")).isEqualTo("TPBACKAN");
        assertThat(lead("Công an tỉnh chủ trì bảo đảm an ninh mạng.")).isEqualTo("CATINH");
        assertThat(lead("Sở LĐ-TB&XH chủ trì chi trả qua tài khoản.")).isEqualTo("SLDTBXH");
        assertThat(parser.task("Giao các quận, huyện triển khai.", BASE).leads()).hasSize(8);
    }

    @Test
    void shouldProposeTheSuccessorOfAUnitThatHasEndedAndSayWhy() {
        List<UnitDto> reorganised = new ArrayList<>();
        for (UnitDto u : units) {
            reorganised.add(u.code().equals("BABE") ? new UnitDto(u.id(), 1, u.code(), u.name(), u.shortName(), u.kind(),
                    null, null, LocalDate.of(2025, 7, 1), List.of("CHORA"), "Sắp xếp đơn vị hành chính") : u);
        }
        reorganised.add(new UnitDto(999, 1, "CHORA", "UBND xã Chợ Rã", "Xã Chợ Rã", UnitKind.COMMUNE, null,
                LocalDate.of(2025, 7, 1), null, List.of(), null));
        NoticeParser after = Labelled.parser(reorganised);
        String notice = """
                Số: 12/TB-UBND
                Bắc Kạn, ngày 20 tháng 8 năm 2025
                THÔNG BÁO
                Kết luận của Chủ tịch UBND tỉnh về du lịch hồ Ba Bể
                Ngày 15/8/2025, Chủ tịch UBND tỉnh kết luận như sau:
                1. UBND huyện Ba Bể chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch xây dựng bản đồ số du lịch, hoàn thành trong quý IV/2025.
                2. Sở Tài chính chủ trì, phối hợp với huyện Ba Bể bố trí kinh phí, trước ngày 30/10/2025.
                """;
        NoticeReading reading = after.read(notice);

        List<DirectiveDraft> directives = reading.draft().directives();
        assertThat(directives.get(0).leadUnit()).isEqualTo("CHORA");
        Evidence lead = reading.fields().get("directives[0].leadUnit");
        assertThat(lead.text()).isEqualTo("UBND huyện Ba Bể");
        assertThat(lead.note()).isEqualTo("parse.note.endedBefore");
        assertThat(lead.arguments()).contains("UBND huyện Ba Bể", "01/07/2025", "UBND xã Chợ Rã");
        assertThat(lead.confidence()).isLessThan(0.9);
        assertThat(directives.get(1).coordinatingUnits()).containsExactly("CHORA");
        assertThat(reading.fields().get("directives[1].coordinatingUnits").note()).isEqualTo("parse.note.successors");

        NoticeReading earlier = after.read(notice.replace("năm 2025", "năm 2024").replace("8/2025", "8/2024")
                .replace("IV/2025", "IV/2024").replace("10/2025", "10/2024").replace("Chủ tịch UBND tỉnh kết luận",
                        "Chủ tịch UBND tỉnh kết luận; giao UBND các huyện, thành phố phối hợp,"));
        assertThat(earlier.draft().directives().get(0).leadUnit()).isEqualTo("CHORA");
        assertThat(earlier.fields().get("directives[0].leadUnit").note()).isEqualTo("parse.note.endedSince");
        assertThat(after.task("UBND các huyện, thành phố triển khai.", LocalDate.of(2024, 5, 1)).leads())
                .as("a group in a notice of 2024 holds Ba Bể, whose successor now answers")
                .extracting(UnitDto::code).contains("BABE");
    }

    private String lead(String sentence) {
        List<UnitDto> leads = parser.task(sentence, BASE).leads();
        assertThat(leads).as(sentence).hasSize(1);
        return leads.get(0).code();
    }
}
