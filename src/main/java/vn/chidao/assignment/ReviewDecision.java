package vn.chidao.assignment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The secretariat's decision on a report: ACCEPT, or RETURN with a comment saying what is missing. */
public record ReviewDecision(
        @NotNull(message = "{error.required}") Decision decision,
        @Size(max = 4000, message = "{error.size}") String comment) {

    public enum Decision {
        ACCEPT,
        RETURN
    }
}
