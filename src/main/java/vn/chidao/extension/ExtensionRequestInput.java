package vn.chidao.extension;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The extension form's bean: the same rules as {@link ExtensionInput}, mutable and public for Vaadin's binder. */
public class ExtensionRequestInput {

    static final int MAX_LENGTH = 4000;

    @NotNull(message = "{error.required}")
    private LocalDate newDeadline;

    @NotBlank(message = "{error.required}")
    @Size(max = MAX_LENGTH, message = "{error.size}")
    private String reason;

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    ExtensionInput toInput() {
        return new ExtensionInput(newDeadline, reason);
    }
}
