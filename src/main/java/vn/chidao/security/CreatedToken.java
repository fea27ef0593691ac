package vn.chidao.security;

import java.time.OffsetDateTime;

/** A token just created: {@code token} is shown this once and never again. */
public record CreatedToken(long id, String name, OffsetDateTime expiresAt, String token) {
}
