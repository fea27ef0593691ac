package vn.chidao.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit to create in a government; the parent, if any, is another unit of that government. {@code shortName}
 * (optional, up to 50 characters, e.g. "Sở TT&TT") is shown where room is short; empty: the code is shown.
 * {@code aliases} (optional): other names the unit goes by in notices. {@code validFrom} (optional, not after today):
 * the day the unit came into being, e.g. a ward formed on 1/7/2025; absent: it has always existed.
 */
public record NewUnit(
        @NotBlank(message = "{error.required}") @Size(max = 20, message = "{error.size}") String governmentCode,
        @NotBlank(message = "{error.required}")
        @Size(max = 30, message = "{error.size}")
        @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{error.code}") String code,
        @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.size}") String name,
        @NotNull(message = "{error.required}") UnitKind kind,
        @Size(max = 30, message = "{error.size}") String parentCode,
        @Size(max = UnitDto.SHORT_NAME_MAX, message = "{error.size}") String shortName,
        List<String> aliases,
        LocalDate validFrom) {

    /** A unit that has always existed. */
    public NewUnit(String governmentCode, String code, String name, UnitKind kind, String parentCode,
                   String shortName, List<String> aliases) {
        this(governmentCode, code, name, kind, parentCode, shortName, aliases, null);
    }

    /** A unit without a short name. */
    public NewUnit(String governmentCode, String code, String name, UnitKind kind, String parentCode) {
        this(governmentCode, code, name, kind, parentCode, null, null, null);
    }

    /** A unit without aliases. */
    public NewUnit(String governmentCode, String code, String name, UnitKind kind, String parentCode,
                   String shortName) {
        this(governmentCode, code, name, kind, parentCode, shortName, null, null);
    }
}
