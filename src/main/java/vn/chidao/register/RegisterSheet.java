package vn.chidao.register;

import static vn.chidao.base.sheet.SheetStyles.bordered;
import static vn.chidao.base.sheet.SheetStyles.style;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet of the register's export in the layout of the agencies' periodic reports: the title rows, the header
 * (repeated on every printed page and frozen on screen), one bordered, wrapped row per directive, a row naming
 * each conclusion notice before its directives; A4 landscape, one page wide. Rows go to disk as they are written
 * (SXSSF), so the size of the register does not matter.
 */
final class RegisterSheet {

    static final int COLUMNS = 8;
    /** Widths in characters: STT, content, lead unit, coordinating units, deadline, status, result, DTI indicators. */
    private static final int[] WIDTHS = {6, 58, 22, 26, 15, 20, 50, 16};
    private static final int MAX_CELL = 32_767;

    private final SXSSFSheet sheet;
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle centred;
    private final CellStyle group;
    private int next;

    RegisterSheet(SXSSFWorkbook workbook, String name) {
        this.sheet = workbook.createSheet(name);
        this.title = style(workbook, true, (short) 14, false);
        this.subtitle = style(workbook, false, (short) 12, true);
        this.header = bordered(style(workbook, true, (short) 12, false));
        this.text = bordered(style(workbook, false, (short) 12, false));
        this.centred = bordered(style(workbook, false, (short) 12, false));
        this.group = bordered(style(workbook, true, (short) 12, false));
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        centred.setAlignment(HorizontalAlignment.CENTER);
        group.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        printSetup();
    }

    /** A line across the sheet above the table (the title, the date, the filter). */
    void titleLine(String value, boolean main) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(main ? 24 : 18);
        Cell cell = row.createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(main ? title : subtitle);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, COLUMNS - 1));
        next++;
    }

    void blankLine() {
        sheet.createRow(next++);
    }

    /** The column names; printed on top of every page, and the rows above and it stay in view when scrolling. */
    void header(List<String> names) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(32);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, next + 1);
        sheet.setRepeatingRows(new CellRangeAddress(next, next, 0, COLUMNS - 1));
        next++;
    }

    /** A conclusion notice, across the table, before its directives. */
    void group(String value) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < COLUMNS; i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(group);
            if (i == 0) {
                cell.setCellValue(value);
            }
        }
        // One region per notice, none overlapping by construction: skip the check, which grows with their number.
        sheet.addMergedRegionUnsafe(new CellRangeAddress(next, next, 0, COLUMNS - 1));
        next++;
    }

    /** One directive: its number, then the texts of the other columns. */
    void line(int ordinal, RegisterLine line) {
        Row row = sheet.createRow(next++);
        Cell number = row.createCell(0);
        number.setCellValue(ordinal);
        number.setCellStyle(centred);
        String[] values = {line.content(), line.lead(), line.coordinating(), line.deadline(), line.status(),
                line.result(), line.indicators()};
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i + 1);
            cell.setCellValue(fit(values[i]));
            cell.setCellStyle(i == 3 ? centred : text);
        }
    }

    /** Excel holds at most 32 767 characters in a cell. */
    private static String fit(String value) {
        return value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL - 1) + "…";
    }

    private void printSetup() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getFooter().setCenter("&P / &N");
    }

}
