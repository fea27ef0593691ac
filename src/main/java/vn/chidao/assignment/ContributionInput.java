package vn.chidao.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinating unit's contribution to the lead unit. */
public record ContributionInput(
        @NotBlank(message = "{error.required}") @Size(max = 8000, message = "{error.size}") String text) {
}
