package vn.chidao.base.sheet;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export built and waiting on disk: {@link #write} sends it (the reading is over by then, so no
 * transaction stays open while a slow client downloads), {@link #close} deletes its temporary files.
 */
public final class Spreadsheet implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook workbook;
    private final String fileName;
    private final int rows;

    public Spreadsheet(SXSSFWorkbook workbook, String fileName, int rows) {
        this.workbook = workbook;
        this.fileName = fileName;
        this.rows = rows;
    }

    /** Like {@code so-theo-doi-2026-12-01.xlsx}: what it holds and the day it was made. */
    public String fileName() {
        return fileName;
    }

    /** How many rows of content it holds (directives, changes), headers aside. */
    public int rows() {
        return rows;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
