package vn.chidao.document;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Locale;
import vn.chidao.base.Actor;

/**
 * Files as a person scans them: an icon of their kind, the name as a download link (streamed through the same
 * service and rule as the API's download), and the size. Used on the task page's history, beside a report to decide
 * on, and on the notice.
 */
public class AttachmentList extends Div {

    public AttachmentList(DocumentService documents, Actor actor, List<AttachmentInfo> files) {
        addClassName("chidao-attachment-list");
        files.forEach(file -> add(row(documents, actor, file)));
    }

    private static Div row(DocumentService documents, Actor actor, AttachmentInfo file) {
        Icon icon = iconOf(file.kind()).create();
        icon.addClassName("chidao-attachment-icon");
        icon.getElement().setAttribute("aria-label", file.kind());
        DownloadHandler download = event -> documents.download(actor, file.id(), stored -> {
            event.setFileName(stored.name());
            event.setContentType(stored.type());
            event.setContentLength(stored.size());
            return event.getOutputStream();
        });
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, file.name());
        link.getElement().setAttribute("data-attachment", String.valueOf(file.id()));
        link.addClassName("chidao-attachment-name");
        Span size = new Span(file.kind() + " · " + size(file.size()));
        size.addClassName("chidao-attachment-size");
        Div row = new Div(icon, link, size);
        row.addClassName("chidao-attachment");
        return row;
    }

    /** 1,2 MB, 340 kB, 900 B: the way the upload component counts. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.forLanguageTag("vi"), "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return (bytes + 512) / 1024 + " kB";
        }
        return bytes + " B";
    }

    private static VaadinIcon iconOf(String kind) {
        return switch (kind) {
            case "PDF" -> VaadinIcon.FILE_TEXT_O;
            case "DOC", "DOCX", "ODT" -> VaadinIcon.FILE_TEXT;
            case "XLS", "XLSX", "ODS" -> VaadinIcon.FILE_TABLE;
            case "JPEG", "PNG" -> VaadinIcon.FILE_PICTURE;
            case "ZIP" -> VaadinIcon.FILE_ZIP;
            default -> VaadinIcon.FILE_O;
        };
    }
}
