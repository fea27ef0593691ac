package vn.chidao.conclusion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A conclusion as the secretariat drafts it. {@code committee} is a name: a committee of that name is
 * created in the caller's government when there is none yet. {@code committeeChair} (optional) is the
 * username of a leader of the government who chairs it: escalations then go to the chair alone. {@code number} and
 * {@code issuedDate} (optional): what the notice's header says when the draft is made from a signed notice
 * ({@code conclusion.parse} fills them): kept with the draft, approval then uses them (the number as approve's, at
 * most 50 characters; the date neither before the meeting nor after today).
 */
public record ConclusionDraft(
        @NotBlank(message = "{error.required}") @Size(max = 300, message = "{error.size}") String committee,
        @NotNull(message = "{error.required}") LocalDate meetingDate,
        @NotBlank(message = "{error.required}") @Size(max = 500, message = "{error.size}") String title,
        @NotEmpty(message = "{error.directives.empty}")
        @Size(max = MAX_DIRECTIVES, message = "{error.directives.tooMany}") List<@Valid @NotNull(message = "{error.required}") DirectiveDraft> directives,
        @Size(max = 60, message = "{error.size}") String committeeChair,
        String number,
        LocalDate issuedDate) {

    /** A notice rarely holds more than a hundred directives; each becomes a process per unit at approval. */
    public static final int MAX_DIRECTIVES = 200;

    public ConclusionDraft(String committee, LocalDate meetingDate, String title, List<DirectiveDraft> directives) {
        this(committee, meetingDate, title, directives, null);
    }

    public ConclusionDraft(String committee, LocalDate meetingDate, String title, List<DirectiveDraft> directives,
                           String committeeChair) {
        this(committee, meetingDate, title, directives, committeeChair, null, null);
    }

    /** The same draft carrying the number and issue date read from the notice. */
    public ConclusionDraft withNotice(String noticeNumber, LocalDate noticeIssuedDate) {
        return new ConclusionDraft(committee, meetingDate, title, directives, committeeChair, noticeNumber,
                noticeIssuedDate);
    }
}
