package vn.chidao.conclusion;

/** A steering committee of a government; {@code chair} is a leader's username or null. */
public record CommitteeDto(long id, String name, String chair) {
}
