package vn.chidao.security;

import java.time.OffsetDateTime;

/** A token just created: {@code token} is shown this once and never again. */
public record CreatedToken(long id, String name, OffsetDateTime expiresAt, String token) {

    /** Without the token: logs (Spring MVC's debug lines print response bodies) never show it. */
    @Override
    public String toString() {
        return "CreatedToken[id=" + id + ", name=" + name + ", expiresAt=" + expiresAt + "]";
    }
}
