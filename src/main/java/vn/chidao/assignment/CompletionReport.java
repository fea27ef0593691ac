package vn.chidao.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The unit's completion report (báo cáo kết quả). */
public record CompletionReport(
        @NotBlank(message = "{error.required}") @Size(max = 8000, message = "{error.size}") String report) {
}
