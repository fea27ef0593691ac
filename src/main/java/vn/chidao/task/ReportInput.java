package vn.chidao.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.assignment.ContributionInput;

/**
 * The report form's bean: the same rules as {@link CompletionReport} and {@link ContributionInput}, mutable and
 * public for Vaadin's binder.
 */
public class ReportInput {

    static final int MAX_LENGTH = 8000;

    @NotBlank(message = "{error.required}")
    @Size(max = MAX_LENGTH, message = "{error.size}")
    private String report;

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }
}
