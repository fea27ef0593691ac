package vn.chidao.security;

import java.time.LocalDate;

/**
 * A substitution as its owner sees it: {@code {id, username, displayName, absent, from, to}}: {@code username}
 * stands in for {@code absent} from {@code from} to {@code to}, both days included.
 */
public record SubstituteDto(long id, String username, String displayName, String absent, LocalDate from,
                            LocalDate to) {
}
