package vn.chidao.conclusion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.chidao.security.UserDto;

/**
 * The editor's header fields, with the constraints of {@link ConclusionDraft}, for a {@code BeanValidationBinder}
 * (public because the binder reads its properties by reflection). The committee's chair is a leader picked from
 * the government's, or none. The number and issue date are the notice's own when the draft was read from one.
 */
public class ConclusionForm {

    @NotBlank(message = "{error.required}")
    @Size(max = 300, message = "{error.size}")
    private String committee;

    @NotNull(message = "{error.required}")
    private LocalDate meetingDate;

    @NotBlank(message = "{error.required}")
    @Size(max = 500, message = "{error.size}")
    private String title;

    private UserDto committeeChair;

    @Size(max = NoticeNumber.MAX_LENGTH, message = "{error.size}")
    private String number;

    private LocalDate issuedDate;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssuedDate() {
        return issuedDate;
    }

    public void setIssuedDate(LocalDate issuedDate) {
        this.issuedDate = issuedDate;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UserDto getCommitteeChair() {
        return committeeChair;
    }

    public void setCommitteeChair(UserDto committeeChair) {
        this.committeeChair = committeeChair;
    }
}
