package vn.chidao.deadline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A leader's answer to an overdue assignment: URGE (nhắc nhở), CRITICISE (phê bình, counted per unit) or
 * NEW_DEADLINE (with {@code newDeadline}).
 */
public record OverdueDecision(
        @NotNull(message = "{error.required}") Action decision,
        LocalDate newDeadline,
        @Size(max = 4000, message = "{error.size}") String comment) {

    public enum Action {
        URGE,
        CRITICISE,
        NEW_DEADLINE
    }
}
