package vn.chidao.security;

import java.time.LocalDate;

/** {@code POST /api/me/substitutes}: {@code {username, from, to}}: who stands in for the caller, and when. */
public record SubstituteInput(String username, LocalDate from, LocalDate to) {
}
