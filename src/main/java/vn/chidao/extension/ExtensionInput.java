package vn.chidao.extension;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A unit asks for a new deadline, saying why. */
public record ExtensionInput(
        @NotNull(message = "{error.required}") LocalDate newDeadline,
        @NotBlank(message = "{error.required}") @Size(max = 4000, message = "{error.size}") String reason) {
}
