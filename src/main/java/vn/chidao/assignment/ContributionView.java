package vn.chidao.assignment;

import java.time.OffsetDateTime;
import java.util.List;
import vn.chidao.document.AttachmentInfo;

/** A coordinating unit's contribution, shown on the lead unit's task, with the files sent with it. */
public record ContributionView(long assignmentId, String unitCode, String unitName, String text, String user,
                               OffsetDateTime at, List<AttachmentInfo> attachments) {
}
