package vn.chidao.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/**
 * A stored file as the API lists it: {@code type} is the media type told from its content, {@code step} the history
 * action it came with ({@code REPORTED}, {@code PROGRESS} …; null when attached outside a step), {@code user} who
 * attached it. {@code eventId} ties it to its line of the owner's history (not part of the API).
 */
public record AttachmentInfo(long id, String name, long size, String sha256, String type, String step,
                             OffsetDateTime at, String user, @JsonIgnore Long eventId) {

    /** A short kind for icons and labels: PDF, DOCX, XLSX, JPEG … */
    public String kind() {
        return FileTypes.kindOf(type);
    }
}
