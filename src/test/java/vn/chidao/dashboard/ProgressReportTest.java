package vn.chidao.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.ProgressUpdate;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.InvalidInputException;
import vn.chidao.register.AssignmentFilter;
import vn.chidao.register.RegisterService;
import vn.chidao.support.World;

/**
 * The report to the Chairman, opened again with POI: its figures, unit lines and overdue list equal the dashboard's
 * and the register's for the same filter as of the same day, on {@link DashboardScenario} (every standing of the
 * official split present); its chart is a native one; its layout the one of Decree 30.
 */
class ProgressReportTest extends OnTheScenario {

    @Autowired
    ProgressReportService reports;
    @Autowired
    DashboardService dashboard;
    @Autowired
    RegisterService register;
    @Autowired
    AssignmentService assignments;

    /** #5 (HUYEN_A, overdue) has reported progress, which the report's overdue list shows. */
    @BeforeEach
    void progressOnTheFifth() {
        assignments.progress(world.focalPoint(World.HUYEN_A), book.id(5), new ProgressUpdate(40, "Đang khảo sát"));
    }

    @Test
    void itsFiguresUnitLinesAndOverdueListAreTheDashboardsAndTheRegisters() {
        XWPFDocument doc = ReportDocs.open(reports.progress(world.leader(), null, FROM, TO).bytes());

        DashboardSummary summary = dashboard.summary(world.leader(), null, FROM, TO);
        assertThat(summary).isEqualTo(new DashboardSummary(3, 1, 1, 4, 0));
        assertThat(split(doc)).isEqualTo(summary);

        List<UnitSplit> splits = dashboard.unitSplit(world.leader(), null, FROM, TO, DashboardScenario.TODAY);
        Map<String, UnitRanking> ranking = dashboard.ranking(world.leader(), null, FROM, TO).stream()
                .collect(Collectors.toMap(UnitRanking::name, Function.identity()));
        List<List<String>> unitRows = ReportDocs.rows(doc, "TT", "Đơn vị", "Được giao");
        List<List<String>> expected = new ArrayList<>();
        for (UnitSplit u : splits) {
            UnitRanking rank = ranking.get(u.name());
            expected.add(List.of(String.valueOf(expected.size() + 1), u.name(), n(u.assigned()), n(u.doneOnTime()),
                    n(u.doneLate()), n(u.openOnTime()), n(u.openOverdue()), ProgressReportDocx.percent(rank.onTimeRate()),
                    n(rank.criticised())));
        }
        assertThat(unitRows.subList(0, unitRows.size() - 1)).isEqualTo(expected);
        assertThat(unitRows.subList(0, 3)).extracting(r -> r.get(1) + " " + String.join("/", r.subList(2, 9)))
                .containsExactly("Sở A 3/2/1/0/0/66,7/0", "Sở B 3/1/0/0/2/100,0/2", "Huyện A 3/0/0/1/2/-/1");
        assertThat(unitRows.get(3)).containsExactly("", "Tổng cộng", "9", "3", "1", "1", "4", "75,0", "3");

        List<List<String>> overdue = ReportDocs.rows(doc, "TT", "Nhiệm vụ", "Đơn vị", "Hạn xử lý", "Số ngày quá hạn");
        long registered = register.page(world.leader(), new AssignmentFilter(null, null,
                EnumSet.of(Timeliness.OPEN_OVERDUE), null, null, FROM, TO), Pageable.unpaged()).getTotalElements();
        assertThat(overdue).hasSize((int) summary.openOverdue()).hasSize((int) registered);
        assertThat(overdue).extracting(r -> r.get(2) + " " + r.get(3) + " " + r.get(4)).containsExactly(
                "Huyện A 25/04/2024 130", "Huyện A 24/06/2024 70", "Sở B 19/07/2024 45", "Sở B 23/08/2024 10");
        assertThat(overdue.get(1).get(5)).isEqualTo("02/09/2024: 40% · Đang khảo sát");
        assertThat(overdue.get(0).get(5)).isEqualTo("Chưa báo cáo tiến độ");

        List<List<String>> done = ReportDocs.rows(doc, "TT", "Nhiệm vụ", "Đơn vị", "Hạn xử lý", "Kết quả");
        assertThat(done).extracting(r -> r.get(2) + " " + r.get(4))
                .containsExactlyInAnyOrder("Sở A Đúng hạn", "Sở A Quá hạn", "Sở A Đúng hạn", "Sở B Đúng hạn");
    }

    @Test
    void itsChartIsANativeWordChartOfTheFourFigures() throws Exception {
        XWPFDocument doc = ReportDocs.open(reports.progress(world.leader(), null, FROM, TO).bytes());

        assertThat(doc.getCharts()).hasSize(1);
        XDDFNumericalDataSource<?> values = doc.getCharts().get(0).getChartSeries().get(0).getSeries(0).getValuesData();
        assertThat(values.getPointCount()).isEqualTo(4);
        List<Double> figures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            figures.add(values.getPointAt(i).doubleValue());
        }
        assertThat(figures).containsExactly(3.0, 1.0, 1.0, 4.0);
        assertThat(doc.getCharts().get(0).getWorkbook().getSheetAt(0).getRow(4).getCell(1).getNumericCellValue())
                .as("the chart's embedded data, for editing").isEqualTo(4.0);
    }

    @Test
    void itIsLaidOutAsDecree30Says() throws Exception {
        byte[] bytes = reports.progress(world.leader(), null, FROM, TO).bytes();
        // kept for a look by hand (LibreOffice: soffice --headless --convert-to pdf target/progress-report.docx)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "progress-report.docx"), bytes);
        XWPFDocument doc = ReportDocs.open(bytes);

        XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
        String right = header.getRow(0).getCell(1).getText();
        assertThat(header.getRow(0).getCell(0).getText()).contains("UBND TỈNH THỬ", "VĂN PHÒNG", "Số:", "/BC-");
        assertThat(right).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                ", ngày 02 tháng 09 năm 2024");
        XWPFTableCell motto = header.getRow(0).getCell(1);
        assertThat(motto.getParagraphs().get(1).getRuns().get(0).getUnderline().name()).isEqualTo("SINGLE");
        assertThat(motto.getParagraphs().get(2).getRuns().get(0).isItalic()).isTrue();
        assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("BÁO CÁO",
                "(Nhiệm vụ có thời hạn từ ngày 01/03/2024 đến ngày 31/10/2024; số liệu tính đến ngày 02/09/2024)");

        List<XWPFRun> runs = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                runs.addAll(p.getRuns());
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
                }
            }
        }
        assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
        doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Tổng số nhiệm vụ"))
                .forEach(p -> assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0));
        ReportDocs.rows(doc, "TT", "Đơn vị");
        XWPFTable units = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Đơn vị"))
                .findFirst().orElseThrow();
        assertThat(units.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                .isEqualTo(13.0);
        var margins = doc.getDocument().getBody().getSectPr().getPgMar();
        assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                .extracting(t -> Math.round(Double.parseDouble(t.toString()) * 25.4 / 1440))
                .containsExactly(20L, 20L, 30L, 15L);
    }

    @Test
    void everyFigureIsAsOfThePeriodsLastDayAsTheDashboardSaidThatDay() {
        LocalDate to = LocalDate.of(2024, 8, 23);
        XWPFDocument doc = ReportDocs.open(reports.progress(world.leader(), null, FROM, to).bytes());

        DashboardSummary written = split(doc);
        assertThat(written.openOnTime()).as("due on 23/8, not yet late that day").isEqualTo(1);
        assertThat(ReportDocs.rows(doc, "TT", "Nhiệm vụ", "Đơn vị", "Hạn xử lý", "Số ngày quá hạn")).hasSize(3);

        time.startAt(to, 17, 0);
        assertThat(written).isEqualTo(dashboard.summary(world.leader(), null, FROM, to));
    }

    @Test
    void aUnitRoleReportsItsOwnUnitAndACommitteeItsOwnDirectives() {
        Actor huyenA = world.focalPoint(World.HUYEN_A);
        XWPFDocument mine = ReportDocs.open(reports.progress(huyenA, null, FROM, TO).bytes());
        assertThat(ReportDocs.rows(mine, "TT", "Đơn vị")).extracting(r -> r.get(1)).containsExactly("Huyện A", "Tổng cộng");
        assertThat(split(mine)).isEqualTo(dashboard.summary(huyenA, null, FROM, TO));

        String other = String.valueOf(book.otherCommitteeId());
        XWPFDocument committee = ReportDocs.open(reports.progress(world.leader(), other, FROM, TO).bytes());
        assertThat(split(committee)).isEqualTo(new DashboardSummary(1, 0, 0, 0, 0))
                .isEqualTo(dashboard.summary(world.leader(), other, FROM, TO));
        assertThat(committee.getParagraphs()).extracting(XWPFParagraph::getText)
                .contains("Tình hình thực hiện nhiệm vụ do " + DashboardScenario.OTHER_COMMITTEE + " giao");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> reports.progress(world.leader(), null, TO, FROM))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("to"));
    }

    /** Section I's 2×2 table, read back as the dashboard's record (ongoing from its paragraph, 0 when absent). */
    static DashboardSummary split(XWPFDocument doc) {
        List<List<String>> rows = ReportDocs.rows(doc, "", "Đúng hạn / trong hạn", "Quá hạn", "Cộng");
        long ongoing = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(t -> t.startsWith("Ngoài ra, ")).mapToLong(t -> Long.parseLong(t.split(" ")[2])).sum();
        return new DashboardSummary(Long.parseLong(rows.get(0).get(1)), Long.parseLong(rows.get(0).get(2)),
                Long.parseLong(rows.get(1).get(1)), Long.parseLong(rows.get(1).get(2)), ongoing);
    }

    private static String n(long value) {
        return Long.toString(value);
    }
}
