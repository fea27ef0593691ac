package vn.chidao.audit;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The audit trail's export, built and waiting on disk (as the register's): {@link #write} sends it once the
 * reading is over, {@link #close} deletes its temporary files.
 */
public final class AuditWorkbook implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook workbook;
    private final String fileName;
    private final int rows;

    AuditWorkbook(SXSSFWorkbook workbook, String fileName, int rows) {
        this.workbook = workbook;
        this.fileName = fileName;
        this.rows = rows;
    }

    /** Like {@code nhat-ky-thay-doi-2026-12-01.xlsx}: the day it was made. */
    public String fileName() {
        return fileName;
    }

    /** How many changes it lists. */
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
