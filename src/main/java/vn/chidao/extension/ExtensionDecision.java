package vn.chidao.extension;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The answer to an extension request; a refusal says why. */
public record ExtensionDecision(
        @NotNull(message = "{error.required}") Boolean approve,
        @Size(max = 4000, message = "{error.size}") String comment) {
}
