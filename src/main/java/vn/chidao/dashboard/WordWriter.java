package vn.chidao.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4, margins top and bottom 20 mm, left 30 mm,
 * right 15 mm, Times New Roman, body 14 pt, tables 13 pt. Every run names its font and size, so the document reads
 * the same wherever it is opened.
 */
final class WordWriter {

    static final String FONT = "Times New Roman";
    static final int BODY = 14;
    static final int TABLE = 13;
    /** Twips (1/1440 inch) per millimetre. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    /** The width of the text on A4 within the margins (210 - 30 - 15 mm), in twips. */
    private static final int TEXT_WIDTH = 9355;

    final XWPFDocument doc = new XWPFDocument();

    WordWriter() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(mm(20));
        margins.setBottom(mm(20));
        margins.setLeft(mm(30));
        margins.setRight(mm(15));
        margins.setHeader(mm(10));
        margins.setFooter(mm(10));
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    private static BigInteger mm(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    XWPFParagraph paragraph(ParagraphAlignment alignment) {
        return spaced(doc.createParagraph(), alignment);
    }

    /** A body paragraph: justified, its first line indented 1 cm. */
    XWPFParagraph text(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, text, BODY, false, false);
        return p;
    }

    /** A section heading: bold body text. */
    void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingBefore(120);
        run(p, text, BODY, true, false);
    }

    static XWPFParagraph spaced(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingBefore(0);
        p.setSpacingAfter(80);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    static XWPFRun underlined(XWPFRun run) {
        run.setUnderline(UnderlinePatterns.SINGLE);
        return run;
    }

    /** A table of 13 pt text with single borders, as wide as the text, its header row repeated on every page. */
    XWPFTable table(List<String> header, int[] percents) {
        XWPFTable table = doc.createTable(1, header.size());
        columns(table, percents);
        XWPFTableRow first = table.getRow(0);
        first.setRepeatHeader(true);
        for (int i = 0; i < header.size(); i++) {
            cell(first.getCell(i), header.get(i), true, ParagraphAlignment.CENTER);
        }
        return table;
    }

    /**
     * Fixes the columns' widths, as shares of the text's width, in the table's grid (which LibreOffice reads) and
     * in the first row's cells (which Word reads).
     */
    static void columns(XWPFTable table, int... percents) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < percents.length; i++) {
            int twips = TEXT_WIDTH * percents[i] / 100;
            grid.addNewGridCol().setW(BigInteger.valueOf(twips));
            XWPFTableCell cell = table.getRow(0).getCell(i);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(String.valueOf(twips));
        }
    }

    /** A row of the table: {@code right} marks the columns of figures. */
    static XWPFTableRow row(XWPFTable table, List<String> values, boolean bold, boolean... right) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.size(); i++) {
            boolean figure = i < right.length && right[i];
            cell(row.getCell(i), values.get(i), bold, figure ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        }
        return row;
    }

    /** Writes a cell's text, a paragraph per line. */
    static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            spaced(p, alignment).setSpacingAfter(0);
            run(p, lines[i], TABLE, bold, false);
        }
    }

    byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
