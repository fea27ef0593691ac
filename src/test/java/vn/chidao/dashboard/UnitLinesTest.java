package vn.chidao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;

/** Which line counts each unit's figures: chains of single successors fold to their end, several successors never. */
@Tag("unit")
class UnitLinesTest {

    static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    // STTTT → SKHCN (March); HBB → XCM, XPT (July); SOLD → STTTT (earlier): a chain SOLD → STTTT → SKHCN
    final UnitDto skhcn = unit(1, "SKHCN", null);
    final UnitDto stttt = unit(2, "STTTT", MARCH, "SKHCN");
    final UnitDto sold = unit(3, "SOLD", LocalDate.of(2020, 1, 1), "STTTT");
    final UnitDto hbb = unit(4, "HBB", JULY, "XCM", "XPT");
    final UnitDto xcm = unit(5, "XCM", null);
    final UnitDto xpt = unit(6, "XPT", null);
    final List<UnitDto> units = List.of(skhcn, stttt, sold, hbb, xcm, xpt);

    @Test
    void asTheyWereEveryUnitIsItsOwnLine() {
        UnitLines lines = UnitLines.of(units, EndedUnits.AS_WERE);

        for (UnitDto unit : units) {
            assertThat(lines.lineOf(unit.id())).isEqualTo(unit.id());
        }
        assertThat(lines.lines(id -> true)).extracting(l -> l.unit().code())
                .containsExactly("SKHCN", "STTTT", "SOLD", "HBB", "XCM", "XPT");
        assertThat(lines.lines(id -> true).get(1).endedOn()).isEqualTo(MARCH);
    }

    @Test
    void foldedAChainEndsAtTheUnitThatHoldsTheWorkNowAndSeveralSuccessorsKeepTheirLine() {
        UnitLines lines = UnitLines.of(units, EndedUnits.FOLDED);

        assertThat(lines.lineOf(stttt.id())).isEqualTo(skhcn.id());
        assertThat(lines.lineOf(sold.id())).isEqualTo(skhcn.id());
        assertThat(lines.lineOf(hbb.id())).isEqualTo(hbb.id());
        assertThat(lines.lines(id -> true)).extracting(l -> l.unit().code())
                .containsExactly("SKHCN", "HBB", "XCM", "XPT");
        assertThat(lines.lines(id -> true).get(0).folded()).containsExactly("STTTT", "SOLD");
        assertThat(lines.fold(java.util.Map.of(stttt.id(), 2L, sold.id(), 3L, skhcn.id(), 1L, hbb.id(), 4L), Long::sum))
                .containsOnly(java.util.Map.entry(skhcn.id(), 6L), java.util.Map.entry(hbb.id(), 4L));
    }

    @Test
    void aCycleOfSuccessorsStops() {
        UnitDto a = unit(7, "A", MARCH, "B");
        UnitDto b = unit(8, "B", JULY, "A");

        UnitLines lines = UnitLines.of(List.of(a, b), EndedUnits.FOLDED);

        assertThat(List.of(lines.lineOf(a.id()), lines.lineOf(b.id()))).allMatch(id -> id == 7 || id == 8);
    }

    private static UnitDto unit(long id, String code, LocalDate endedOn, String... successors) {
        return new UnitDto(id, 1, code, "Đơn vị " + code, null, UnitKind.DEPARTMENT, null, null, endedOn,
                List.of(successors), null);
    }
}
