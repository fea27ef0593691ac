package vn.chidao.conclusion.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.chidao.base.InvalidInputException;

/**
 * The text of an uploaded notice: .docx (Apache POI; Word's automatic numbering written out as "1.", "a)", "-"),
 * .pdf with a text layer (Apache PDFBox) or .txt (UTF-8). Any other type, an empty file, one that does not open or a
 * PDF without text (a scan) is a 400 on {@code file}.
 */
final class DocumentText {

    static final String FIELD = "file";
    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile(
            "^(?:[IVX]{1,4}[.)]|\\d{1,2}[.)]|\\d{1,2}\\.\\d{1,2}|[a-zđ]\\)|[-–—•+*])\\s");

    private DocumentText() {
    }

    static String of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(FIELD, "error.required");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        try {
            if (name.endsWith(".docx") && startsWith(content, "PK")) {
                return docx(content);
            }
            if (name.endsWith(".pdf") && startsWith(content, "%PDF")) {
                return pdf(content);
            }
            if (name.endsWith(".txt") && !startsWith(content, "PK") && !startsWith(content, "%PDF")) {
                String text = new String(content, StandardCharsets.UTF_8);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(FIELD, "error.parse.unreadable", fileName);
        }
        throw InvalidInputException.of(FIELD, "error.parse.fileType", fileName);
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (content.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (content[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw InvalidInputException.of(FIELD, "error.parse.noText");
            }
            return unwrap(text);
        }
    }

    /**
     * A PDF's text comes a printed line at a time: a line that fills the width (within a fifth of the longest) goes on
     * in the next one, unless that one starts an item ("1.", "a)", "-").
     */
    static String unwrap(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n");
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.strip().length());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            out.append(line);
            boolean full = longest >= 40 && line.length() >= longest * 0.8;
            boolean nextStartsItem = i + 1 < lines.length && ITEM.matcher(lines[i + 1].strip()).find();
            out.append(full && !nextStartsItem && i + 1 < lines.length && !lines[i + 1].isBlank() ? " " : "\n");
        }
        return out.toString();
    }

    private static String docx(byte[] content) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(numbering(paragraph, counters)).append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
                        }
                    }
                }
            }
            return text.toString();
        }
    }

    /** The mark Word draws for a numbered or bulleted paragraph, which its text leaves out. */
    private static String numbering(XWPFParagraph paragraph, Map<String, Integer> counters) {
        if (paragraph.getNumID() == null) {
            return "";
        }
        String format = paragraph.getNumFmt();
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        String key = paragraph.getNumID() + ":" + level;
        int n = counters.merge(key, 1, Integer::sum);
        counters.keySet().removeIf(k -> k.startsWith(paragraph.getNumID() + ":") && level < Integer.parseInt(k.substring(k.indexOf(':') + 1)));
        if (format == null || format.equals("bullet")) {
            return "- ";
        }
        return switch (format) {
            case "lowerLetter" -> (char) ('a' + (n - 1) % 26) + ") ";
            case "upperRoman" -> roman(n) + ". ";
            default -> n + ". ";
        };
    }

    private static String roman(int n) {
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n >= 1 && n <= romans.length ? romans[n - 1] : String.valueOf(n);
    }
}
