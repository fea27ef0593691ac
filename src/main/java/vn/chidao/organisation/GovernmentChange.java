package vn.chidao.organisation;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A government's new name and notice symbol; either one absent or empty keeps the current one. The code stays. */
public record GovernmentChange(
        @Size(max = 200, message = "{error.size}") String name,
        @Size(max = NoticeSymbol.MAX_LENGTH, message = "{error.size}")
        @Pattern(regexp = NoticeSymbol.PATTERN, message = "{error.noticeSymbol}") String noticeSymbol) {
}
