package vn.chidao.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A government to create: code such as "QNI", name such as "Tỉnh Quảng Ninh". */
public record NewGovernment(
        @NotBlank(message = "{error.required}")
        @Size(max = 20, message = "{error.size}")
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{error.code}") String code,
        @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.size}") String name) {
}
