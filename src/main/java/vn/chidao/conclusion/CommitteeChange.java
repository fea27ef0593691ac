package vn.chidao.conclusion;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.chidao.organisation.NoticeSymbol;

/** A committee's notice symbol: absent or empty, the government's office issues its notices. */
public record CommitteeChange(
        @Size(max = NoticeSymbol.MAX_LENGTH, message = "{error.size}")
        @Pattern(regexp = NoticeSymbol.PATTERN, message = "{error.noticeSymbol}") String noticeSymbol) {
}
