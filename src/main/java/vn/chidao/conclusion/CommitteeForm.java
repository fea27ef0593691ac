package vn.chidao.conclusion;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.chidao.organisation.NoticeSymbol;

/** The committee dialog's field, with the constraints of {@link CommitteeChange} (public for the binder). */
public class CommitteeForm {

    @Size(max = NoticeSymbol.MAX_LENGTH, message = "{error.size}")
    @Pattern(regexp = NoticeSymbol.PATTERN, message = "{error.noticeSymbol}")
    private String noticeSymbol;

    public String getNoticeSymbol() {
        return noticeSymbol;
    }

    public void setNoticeSymbol(String noticeSymbol) {
        this.noticeSymbol = noticeSymbol;
    }
}
