package vn.chidao.organisation;

/** A government; {@code noticeSymbol} is its office's symbol in notice numbers ("TB-UBND"). */
public record GovernmentDto(long id, String code, String name, String noticeSymbol) {
}
