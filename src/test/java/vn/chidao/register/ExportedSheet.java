package vn.chidao.register;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chidao.base.sheet.Spreadsheet;

/**
 * An exported register opened again with POI, as a test reads it: the title lines (one merged cell each), the
 * header (the first row with several cells), then the directive rows (numbered) and the notice rows between them.
 */
record ExportedSheet(String name, List<String> titles, int headerRow, List<String> header,
                     List<List<String>> directives, List<String> groups, Layout layout) {

    /** How it prints and shows: paper, orientation, fit, frozen and repeated rows, widths, a directive cell's look. */
    record Layout(short paperSize, boolean landscape, short fitWidth, short fitHeight, int frozenRows,
                  String repeatingRows, List<Integer> widths, boolean wrapped, boolean bordered) {
    }

    static ExportedSheet of(Spreadsheet workbook) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (workbook) {
            workbook.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(bytes.toByteArray());
    }

    static ExportedSheet of(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> titles = new ArrayList<>();
            List<String> header = List.of();
            List<List<String>> directives = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            int headerRow = -1;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first == null) {
                    continue;
                }
                Cell second = row.getCell(1);
                if (headerRow < 0 && second != null && !second.getStringCellValue().isEmpty()) {
                    headerRow = row.getRowNum();
                    header = texts(row);
                } else if (headerRow < 0) {
                    titles.add(first.getStringCellValue());
                } else if (first.getCellType() == CellType.NUMERIC) {
                    directives.add(texts(row));
                } else {
                    groups.add(first.getStringCellValue());
                }
            }
            return new ExportedSheet(sheet.getSheetName(), titles, headerRow, header, directives, groups,
                    layout(sheet, headerRow));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Layout layout(Sheet sheet, int headerRow) {
        var print = sheet.getPrintSetup();
        var pane = sheet.getPaneInformation();
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < RegisterSheet.COLUMNS; i++) {
            widths.add(sheet.getColumnWidth(i) / 256);
        }
        Cell content = sheet.getRow(headerRow + 2) == null ? null : sheet.getRow(headerRow + 2).getCell(1);
        boolean wrapped = content != null && content.getCellStyle().getWrapText();
        boolean bordered = content != null && content.getCellStyle().getBorderBottom() == BorderStyle.THIN
                && content.getCellStyle().getBorderLeft() == BorderStyle.THIN;
        return new Layout(print.getPaperSize(), print.getLandscape(), print.getFitWidth(), print.getFitHeight(),
                pane == null ? 0 : pane.getHorizontalSplitPosition(),
                sheet.getRepeatingRows() == null ? null : sheet.getRepeatingRows().formatAsString(), widths, wrapped,
                bordered);
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < RegisterSheet.COLUMNS; i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? Integer.toString((int) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return values;
    }
}
