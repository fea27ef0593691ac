package vn.chidao.conclusion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One directive of a draft: the lead unit's code, the coordinating units' codes, and either a deadline
 * (yyyy-MM-dd, not before the meeting) or {@code ongoing: true} (thường xuyên) without one.
 */
public record DirectiveDraft(
        @NotBlank(message = "{error.required}") @Size(max = 4000, message = "{error.size}") String content,
        @NotBlank(message = "{error.required}") String leadUnit,
        List<String> coordinatingUnits,
        LocalDate deadline,
        boolean ongoing,
        boolean leaderSignOff) {

    public List<String> coordinatingUnits() {
        return coordinatingUnits == null ? List.of() : coordinatingUnits;
    }
}
