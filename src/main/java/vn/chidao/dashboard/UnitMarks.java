package vn.chidao.dashboard;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.List;
import vn.chidao.base.time.Dates;

/**
 * How the dashboard's panels name a unit line: an ended unit "Sở Thông tin và Truyền thông (đã kết thúc 01/03/2025)"
 * ("Sở TT&TT (cũ)" where room is short), a line with ended units folded into it "Sở KH&CN (gồm cả STTTT)".
 */
final class UnitMarks {

    private UnitMarks() {
    }

    /** The full name, marked. */
    static String name(Component in, String name, LocalDate endedOn, List<String> folded) {
        String marked = endedOn == null ? name : in.getTranslation("dashboard.unit.ended", name, Dates.format(endedOn));
        return folded.isEmpty() ? marked : in.getTranslation("dashboard.unit.folded", marked, String.join(", ", folded));
    }

    /** The short label (a code or short name), marked "(cũ)" when the unit has ended. */
    static String shortName(Component in, String label, LocalDate endedOn) {
        return endedOn == null ? label : in.getTranslation("dashboard.unit.endedShort", label);
    }
}
