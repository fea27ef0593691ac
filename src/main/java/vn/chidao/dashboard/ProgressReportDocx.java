package vn.chidao.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.chidao.base.time.Dates;

/**
 * Writes {@link ProgressReport} as the report offices send the Chairman: the national header, the title, I. the
 * official split with a native chart, II. a line per unit, III. the overdue assignments, IV. those done, then
 * the recipients and the signature block. An official document in Vietnamese, whatever the caller's language.
 */
final class ProgressReportDocx {

    static final String TITLE = "Báo cáo tình hình thực hiện nhiệm vụ";
    static final List<String> SPLIT = List.of("Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện trong hạn",
            "Đang thực hiện quá hạn");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final WordWriter w = new WordWriter();
    private final ProgressReport r;

    private ProgressReportDocx(ProgressReport report) {
        this.r = report;
    }

    static byte[] write(ProgressReport report) {
        ProgressReportDocx docx = new ProgressReportDocx(report);
        docx.header();
        docx.title();
        docx.figures();
        docx.units();
        docx.overdue();
        docx.done();
        docx.signature();
        return docx.w.bytes();
    }

    /** Decree 30's header: the office (left), the national motto and the place and date (right), without borders. */
    private void header() {
        XWPFTable table = w.doc.createTable(1, 2);
        table.removeBorders();
        WordWriter.columns(table, 38, 62);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(left, r.office(), 13, false, false, false);
        line(left, "VĂN PHÒNG", 13, true, false, true);
        line(left, "Số:        /BC-VPUBND", 13, false, false, false);
        line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false, false);
        line(right, "Độc lập - Tự do - Hạnh phúc", 14, true, false, true);
        line(right, dateLine(), 14, false, true, false);
    }

    private static void line(XWPFTableCell cell, String text, int size, boolean bold, boolean italic, boolean underline) {
        XWPFParagraph p = cell.getParagraphs().get(0).getRuns().isEmpty() ? cell.getParagraphs().get(0)
                : cell.addParagraph();
        WordWriter.spaced(p, ParagraphAlignment.CENTER).setSpacingAfter(italic ? 0 : 40);
        if (italic) {
            p.setSpacingBefore(160);
        }
        var run = WordWriter.run(p, text, size, bold, italic);
        if (underline) {
            WordWriter.underlined(run);
        }
    }

    private String dateLine() {
        LocalDate d = r.written();
        return String.format("%s, ngày %02d tháng %02d năm %d", r.place(), d.getDayOfMonth(), d.getMonthValue(),
                d.getYear());
    }

    private void title() {
        XWPFParagraph first = w.paragraph(ParagraphAlignment.CENTER);
        first.setSpacingBefore(360);
        WordWriter.run(first, "BÁO CÁO", WordWriter.BODY, true, false);
        String of = r.committee() == null ? "" : " do " + r.committee() + " giao";
        WordWriter.run(w.paragraph(ParagraphAlignment.CENTER), "Tình hình thực hiện nhiệm vụ" + of,
                WordWriter.BODY, true, false);
        WordWriter.run(w.paragraph(ParagraphAlignment.CENTER), "(Nhiệm vụ có thời hạn từ ngày " + day(r.from())
                + " đến ngày " + day(r.to()) + "; số liệu tính đến ngày " + day(r.asOf()) + ")", WordWriter.BODY,
                false, true).getParagraph().setSpacingAfter(240);
        w.text("Văn phòng báo cáo tình hình thực hiện các nhiệm vụ" + (r.committee() == null ? " do các Ban Chỉ đạo giao"
                : of) + " có thời hạn từ ngày " + day(r.from()) + " đến ngày " + day(r.to()) + ", số liệu tính đến ngày "
                + day(r.asOf()) + ", như sau:");
    }

    private void figures() {
        DashboardSummary s = r.summary();
        long done = s.doneOnTime() + s.doneLate();
        long open = s.openOnTime() + s.openOverdue();
        w.heading("I. KẾT QUẢ THỰC HIỆN CHUNG");
        w.text("Tổng số nhiệm vụ có thời hạn trong kỳ: " + (done + open) + " nhiệm vụ, trong đó:");
        w.text("- Đã hoàn thành: " + done + " nhiệm vụ (đúng hạn: " + s.doneOnTime() + "; quá hạn: " + s.doneLate()
                + ");");
        w.text("- Đang thực hiện: " + open + " nhiệm vụ (trong hạn: " + s.openOnTime() + "; quá hạn: "
                + s.openOverdue() + ").");
        if (s.ongoing() > 0) {
            w.text("Ngoài ra, " + s.ongoing() + " nhiệm vụ thường xuyên (không có thời hạn) được theo dõi riêng.");
        }
        XWPFTable table = w.table(List.of("", "Đúng hạn / trong hạn", "Quá hạn", "Cộng"), new int[] {34, 22, 22, 22});
        WordWriter.row(table, List.of("Đã hoàn thành", n(s.doneOnTime()), n(s.doneLate()), n(done)), false,
                false, true, true, true);
        WordWriter.row(table, List.of("Đang thực hiện", n(s.openOnTime()), n(s.openOverdue()), n(open)), false,
                false, true, true, true);
        XWPFParagraph chart = w.paragraph(ParagraphAlignment.CENTER);
        chart.setSpacingBefore(160);
        ProgressReportChart.draw(WordWriter.run(chart, "", WordWriter.BODY, false, false), "Số nhiệm vụ tính đến ngày " + day(r.asOf()),
                SPLIT.toArray(String[]::new), new Double[] {(double) s.doneOnTime(), (double) s.doneLate(),
                    (double) s.openOnTime(), (double) s.openOverdue()});
    }

    private void units() {
        w.heading("II. KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ");
        if (r.units().isEmpty()) {
            w.text("Không có đơn vị nào được giao nhiệm vụ có thời hạn trong kỳ.");
            return;
        }
        XWPFTable table = w.table(List.of("TT", "Đơn vị", "Được giao", "Hoàn thành đúng hạn", "Hoàn thành quá hạn",
                "Đang thực hiện trong hạn", "Đang thực hiện quá hạn", "Tỷ lệ đúng hạn (%)", "Số lần bị phê bình"),
                new int[] {7, 21, 9, 10, 10, 11, 11, 11, 10});
        int number = 0;
        long criticised = 0;
        for (ProgressReport.UnitLine line : r.units()) {
            UnitSplit u = line.split();
            criticised += line.criticised();
            WordWriter.row(table, List.of(n(++number), unitName(u), n(u.assigned()), n(u.doneOnTime()), n(u.doneLate()),
                    n(u.openOnTime()), n(u.openOverdue()), percent(line.onTimeRate()), n(line.criticised())), false,
                    true, false, true, true, true, true, true, true, true);
        }
        DashboardSummary s = r.summary();
        long done = s.doneOnTime() + s.doneLate();
        WordWriter.row(table, List.of("", "Tổng cộng", n(done + s.openOnTime() + s.openOverdue()), n(s.doneOnTime()),
                n(s.doneLate()), n(s.openOnTime()), n(s.openOverdue()),
                percent(done == 0 ? null : (double) s.doneOnTime() / done), n(criticised)), true,
                true, false, true, true, true, true, true, true, true);
    }

    private void overdue() {
        w.heading("III. CÁC NHIỆM VỤ QUÁ HẠN");
        if (r.overdue().isEmpty()) {
            w.text("Không có nhiệm vụ quá hạn.");
            return;
        }
        XWPFTable table = w.table(List.of("TT", "Nhiệm vụ", "Đơn vị", "Hạn xử lý", "Số ngày quá hạn",
                "Tiến độ mới nhất"), new int[] {7, 31, 14, 16, 9, 23});
        int number = 0;
        for (ProgressReport.Overdue o : r.overdue()) {
            WordWriter.row(table, List.of(n(++number), task(o.directive(), o.notice()), o.unit(), day(o.deadline()),
                    n(o.daysLate()), o.progress() == null ? "Chưa báo cáo tiến độ" : o.progress()), false,
                    true, false, false, true, true, false);
        }
    }

    private void done() {
        w.heading("IV. CÁC NHIỆM VỤ ĐÃ HOÀN THÀNH");
        if (r.done().isEmpty()) {
            w.text("Không có nhiệm vụ có thời hạn trong kỳ đã hoàn thành.");
            return;
        }
        XWPFTable table = w.table(List.of("TT", "Nhiệm vụ", "Đơn vị", "Hạn xử lý", "Kết quả"),
                new int[] {7, 41, 19, 16, 17});
        int number = 0;
        for (ProgressReport.Done d : r.done()) {
            WordWriter.row(table, List.of(n(++number), task(d.directive(), d.notice()), d.unit(), day(d.deadline()),
                    d.onTime() ? "Đúng hạn" : "Quá hạn"), false, true, false, false, true, true);
        }
    }

    /** "Nơi nhận" and the signature block, side by side without borders. */
    private void signature() {
        w.paragraph(ParagraphAlignment.LEFT);
        XWPFTable table = w.doc.createTable(1, 2);
        table.removeBorders();
        WordWriter.columns(table, 50, 50);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph to = left.getParagraphs().get(0);
        WordWriter.run(to, "Nơi nhận:", 12, true, true);
        for (String recipient : List.of("- Chủ tịch UBND (để báo cáo);", "- Các Phó Chủ tịch UBND;", "- Lưu: VT.")) {
            WordWriter.run(WordWriter.spaced(left.addParagraph(), ParagraphAlignment.LEFT), recipient, 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        WordWriter.run(WordWriter.spaced(right.getParagraphs().get(0), ParagraphAlignment.CENTER), "CHÁNH VĂN PHÒNG",
                WordWriter.BODY, true, false);
    }

    private static String task(String directive, String notice) {
        return notice == null ? directive : directive + "\n(" + notice + ")";
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    static String percent(Double rate) {
        return rate == null ? "-" : String.format(VI, "%.1f", rate * 100);
    }

    private static String day(LocalDate day) {
        return Dates.format(day);
    }

    /** The unit's name; an ended one's with "(đã kết thúc dd/MM/yyyy)", as the dashboard marks it. */
    private static String unitName(UnitSplit u) {
        return u.endedOn() == null ? u.name() : u.name() + " (đã kết thúc " + Dates.format(u.endedOn()) + ")";
    }
}
