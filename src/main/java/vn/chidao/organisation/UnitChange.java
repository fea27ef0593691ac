package vn.chidao.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A unit as it should be from now on: its name, the unit it belongs to ({@code parentCode}; empty: directly
 * under the People's Committee), and optionally a new code and kind (empty: unchanged). Directives, tasks and users
 * keep pointing at the unit whatever its code. {@code shortName}: null (absent) keeps it, empty removes it.
 * {@code aliases}: null (absent) keeps them, a list (empty too) replaces them.
 */
public record UnitChange(
        @Size(max = 30, message = "{error.size}") @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{error.code}")
        String code,
        @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.size}") String name,
        UnitKind kind,
        @Size(max = 30, message = "{error.size}") String parentCode,
        @Size(max = UnitDto.SHORT_NAME_MAX, message = "{error.size}") String shortName,
        List<String> aliases) {

    /** A change that keeps the short name and the aliases. */
    public UnitChange(String code, String name, UnitKind kind, String parentCode) {
        this(code, name, kind, parentCode, null, null);
    }

    /** A change that keeps the aliases. */
    public UnitChange(String code, String name, UnitKind kind, String parentCode, String shortName) {
        this(code, name, kind, parentCode, shortName, null);
    }
}
