package vn.chidao.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * The type of a file told from its bytes by Apache Tika, never from its name: an executable renamed .pdf is an
 * executable. Tika's Microsoft module opens the containers, so DOCX and XLSX (both ZIP) and DOC and XLS (both OLE2)
 * are told apart. Only what an office sends as a result is taken: PDF, Word, Excel, OpenDocument, JPEG, PNG, ZIP.
 */
@Component
class FileTypes {

    /** The media types taken, with the short kind shown beside a file. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.ms-excel", "XLS"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/png", "PNG"),
            Map.entry("application/zip", "ZIP"));

    /** What the upload components offer to pick (and phones' cameras, for the image types). */
    static final String[] ACCEPT = {
            "application/pdf", ".pdf", "application/msword", ".doc",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            "application/vnd.ms-excel", ".xls", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".xlsx", "application/vnd.oasis.opendocument.text", ".odt",
            "application/vnd.oasis.opendocument.spreadsheet", ".ods", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png",
            "application/zip", ".zip",
            // any image, so that every phone offers its camera; a photo of another type (HEIC) is then refused by
            // the server's check with its reason
            "image/*"};

    private final Detector detector = new DefaultDetector();

    /** The media type of the content, without parameters ({@code application/pdf}). */
    String detect(InputStreamSource content) {
        try (InputStream raw = content.getInputStream(); TikaInputStream in = TikaInputStream.get(raw)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean allowed(String type) {
        return ALLOWED.containsKey(type);
    }

    static String kindOf(String type) {
        String kind = ALLOWED.get(type);
        if (kind != null) {
            return kind;
        }
        MediaType parsed = MediaType.parse(type);
        return parsed == null ? "?" : parsed.getSubtype().toUpperCase(java.util.Locale.ROOT);
    }
}
