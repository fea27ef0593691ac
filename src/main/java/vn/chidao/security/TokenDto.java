package vn.chidao.security;

import java.time.OffsetDateTime;

/** A personal access token as its owner lists it: never its value. */
public record TokenDto(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                       OffsetDateTime lastUsedAt) {
}
