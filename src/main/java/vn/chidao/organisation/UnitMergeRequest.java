package vn.chidao.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * Units merging into one: each unit of {@code from} ends on {@code on} with {@code into} as its single successor,
 * its open work and its users moving there ({@code users} DISABLE to disable them instead; null: move).
 */
public record UnitMergeRequest(String into, List<String> from, LocalDate on, String reason,
                               UnitEndRequest.UsersChoice users) {

    public UnitMergeRequest {
        from = from == null ? List.of() : from;
    }
}
