package vn.chidao.audit;

import static vn.chidao.base.sheet.SheetStyles.bordered;
import static vn.chidao.base.sheet.SheetStyles.style;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The sheet of the audit export: a title line, the header (frozen, repeated on printed pages), one bordered, wrapped
 * row per change; A4 landscape, one page wide. Rows go to disk as they are written (SXSSF).
 */
final class AuditSheet {

    /** Widths in characters: at, user, on behalf of, government, entity, id, action, changes. */
    private static final int[] WIDTHS = {17, 18, 18, 10, 20, 10, 12, 70};
    private static final int MAX_CELL = 32_767;

    private final SXSSFSheet sheet;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private int next;

    AuditSheet(SXSSFWorkbook workbook, String name) {
        this.sheet = workbook.createSheet(name);
        this.title = style(workbook, true, (short) 14, false);
        this.header = bordered(style(workbook, true, (short) 12, false));
        this.text = bordered(style(workbook, false, (short) 11, false));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setCenter("&P / &N");
    }

    void titleLine(String value) {
        Row row = sheet.createRow(next);
        row.setHeightInPoints(22);
        Cell cell = row.createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, WIDTHS.length - 1));
        next++;
    }

    void header(List<String> names) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, next + 1);
        sheet.setRepeatingRows(new CellRangeAddress(next, next, 0, WIDTHS.length - 1));
        next++;
    }

    void line(List<String> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            String value = values.get(i) == null ? "" : values.get(i);
            cell.setCellValue(value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL - 1) + "…");
            cell.setCellStyle(text);
        }
    }

}
