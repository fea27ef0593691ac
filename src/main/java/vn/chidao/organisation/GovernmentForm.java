package vn.chidao.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The government dialog's fields, with the constraints of {@link NewGovernment} (public for the binder). */
public class GovernmentForm {

    @NotBlank(message = "{error.required}")
    @Size(max = 20, message = "{error.size}")
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{error.code}")
    private String code;

    @NotBlank(message = "{error.required}")
    @Size(max = 200, message = "{error.size}")
    private String name;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    NewGovernment toCommand() {
        return new NewGovernment(code.trim(), name.trim());
    }
}
