package vn.chidao.assignment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How far the unit is (0-100 %) and a note; recorded in the history. */
public record ProgressUpdate(
        @NotNull(message = "{error.required}") @Min(value = 0, message = "{error.percent}")
        @Max(value = 100, message = "{error.percent}") Integer percent,
        @Size(max = 4000, message = "{error.size}") String note) {
}
