package vn.chidao.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A written report opened again with POI, as Word would read it. */
final class ReportDocs {

    private ReportDocs() {
    }

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows (below the header) of the table whose header's first cells read {@code header}, as texts. */
    static List<List<String>> rows(XWPFDocument doc, String... header) {
        for (XWPFTable table : doc.getTables()) {
            List<String> first = texts(table.getRow(0));
            if (first.size() >= header.length && first.subList(0, header.length).equals(List.of(header))) {
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                    rows.add(texts(row));
                }
                return rows;
            }
        }
        throw new AssertionError("no table headed " + List.of(header));
    }

    static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::trim).toList();
    }
}
