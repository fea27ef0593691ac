package vn.chidao.register;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The register's export, built and waiting on disk: {@link #write} sends it (the reading is over by then, so
 * no transaction stays open while a slow client downloads), {@link #close} deletes its temporary files.
 */
public final class RegisterWorkbook implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook workbook;
    private final String fileName;
    private final int directives;

    RegisterWorkbook(SXSSFWorkbook workbook, String fileName, int directives) {
        this.workbook = workbook;
        this.fileName = fileName;
        this.directives = directives;
    }

    /** Like {@code so-theo-doi-2026-12-01.xlsx}: the day it was made. */
    public String fileName() {
        return fileName;
    }

    /** How many directive rows it holds. */
    public int directives() {
        return directives;
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
