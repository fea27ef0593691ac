package vn.chidao.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An indicator's names and weight as an administrator sets them: {@code weight} in points of the 1000 the nine main
 * indicators share (null: not given); a sub-indicator has none.
 */
public record IndicatorChange(
        @NotBlank(message = "{error.required}") @Size(max = 500, message = "{error.size}") String name,
        @NotBlank(message = "{error.required}") @Size(max = 500, message = "{error.size}") String nameEn,
        @Min(value = 0, message = "{error.indicatorWeight}") @Max(value = 1000, message = "{error.indicatorWeight}") Integer weight) {
}
