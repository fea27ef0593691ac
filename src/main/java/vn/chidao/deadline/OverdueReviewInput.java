package vn.chidao.deadline;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The overdue review form's bean: the same rules as {@link OverdueDecision} (the service asks for the new deadline
 * when it is the choice), mutable and public for Vaadin's binder.
 */
public class OverdueReviewInput {

    static final int MAX_LENGTH = 4000;

    @NotNull(message = "{error.required}")
    private OverdueDecision.Action decision;

    private LocalDate newDeadline;

    @Size(max = MAX_LENGTH, message = "{error.size}")
    private String comment;

    public OverdueDecision.Action getDecision() {
        return decision;
    }

    public void setDecision(OverdueDecision.Action decision) {
        this.decision = decision;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The decision; a new deadline only goes with {@code NEW_DEADLINE}. */
    OverdueDecision toDecision() {
        return new OverdueDecision(decision, decision == OverdueDecision.Action.NEW_DEADLINE ? newDeadline : null,
                comment);
    }
}
