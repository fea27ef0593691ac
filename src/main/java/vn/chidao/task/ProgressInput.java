package vn.chidao.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.chidao.assignment.ProgressUpdate;

/** The progress form's bean: the same rules as {@link ProgressUpdate}, mutable and public for Vaadin's binder. */
public class ProgressInput {

    @NotNull(message = "{error.required}")
    @Min(value = 0, message = "{error.percent}")
    @Max(value = 100, message = "{error.percent}")
    private Integer percent;

    @Size(max = 4000, message = "{error.size}")
    private String note;

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    ProgressUpdate toUpdate() {
        return new ProgressUpdate(percent, note);
    }
}
