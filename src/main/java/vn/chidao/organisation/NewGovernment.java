package vn.chidao.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A government to create: code such as "QNI", name such as "Tỉnh Quảng Ninh", and optionally the symbol of its
 * notice numbers (empty: {@value NoticeSymbol#DEFAULT}).
 */
public record NewGovernment(
        @NotBlank(message = "{error.required}")
        @Size(max = 20, message = "{error.size}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{error.code}") String code,
        @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.size}") String name,
        @Size(max = NoticeSymbol.MAX_LENGTH, message = "{error.size}")
        @Pattern(regexp = NoticeSymbol.PATTERN, message = "{error.noticeSymbol}") String noticeSymbol) {

    public NewGovernment(String code, String name) {
        this(code, name, null);
    }
}
