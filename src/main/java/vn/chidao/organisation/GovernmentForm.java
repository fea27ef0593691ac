package vn.chidao.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The government dialogs' fields, with the constraints of {@link NewGovernment} (public for the binder). Editing
 * keeps the code and changes the name and the notice symbol.
 */
public class GovernmentForm {

    @NotBlank(message = "{error.required}")
    @Size(max = 20, message = "{error.size}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{error.code}")
    private String code;

    @NotBlank(message = "{error.required}")
    @Size(max = 200, message = "{error.size}")
    private String name;

    @Size(max = NoticeSymbol.MAX_LENGTH, message = "{error.size}")
    @Pattern(regexp = NoticeSymbol.PATTERN, message = "{error.noticeSymbol}")
    private String noticeSymbol = NoticeSymbol.DEFAULT;

    static GovernmentForm of(GovernmentDto government) {
        GovernmentForm form = new GovernmentForm();
        form.code = government.code();
        form.name = government.name();
        form.noticeSymbol = government.noticeSymbol();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNoticeSymbol() {
        return noticeSymbol;
    }

    public void setNoticeSymbol(String noticeSymbol) {
        this.noticeSymbol = noticeSymbol;
    }

    NewGovernment toCommand() {
        return new NewGovernment(code.trim(), name.trim(), NoticeSymbol.trimToNull(noticeSymbol));
    }

    GovernmentChange toChange() {
        return new GovernmentChange(name.trim(), NoticeSymbol.trimToNull(noticeSymbol));
    }
}
