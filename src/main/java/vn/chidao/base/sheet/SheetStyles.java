package vn.chidao.base.sheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles every export shares: Times New Roman, as administrative documents are set, wrapped, top-aligned. */
public final class SheetStyles {

    public static final String FONT = "Times New Roman";

    private SheetStyles() {
    }

    public static CellStyle style(Workbook workbook, boolean bold, short points, boolean italic) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        font.setItalic(italic);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    public static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
