package vn.chidao.base.sheet;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import vn.chidao.base.DomainException;
import vn.chidao.base.ForbiddenException;

/** A screen's export link: the export is built when the download's own request comes, not when the link is made. */
public final class SpreadsheetDownload {

    /** Builds the export, as the caller captured when the link was made. */
    @FunctionalInterface
    public interface Export {
        Spreadsheet build();
    }

    private SpreadsheetDownload() {
    }

    public static DownloadHandler of(Export export) {
        return event -> write(export, event);
    }

    private static void write(Export export, DownloadEvent event) throws IOException {
        try (Spreadsheet workbook = export.build()) {
            event.setFileName(workbook.fileName());
            event.setContentType(Spreadsheet.CONTENT_TYPE);
            workbook.write(event.getOutputStream());
        } catch (DomainException refused) {
            event.getResponse().setStatus(refused instanceof ForbiddenException ? 403 : 400);
        }
    }
}
