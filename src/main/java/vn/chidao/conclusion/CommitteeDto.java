package vn.chidao.conclusion;

/**
 * A steering committee of a government; {@code chair} is a leader's username or null; {@code noticeSymbol} the
 * symbol of the notices it issues itself, null when the government's office issues them.
 */
public record CommitteeDto(long id, String name, String chair, String noticeSymbol) {
}
