package vn.chidao.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The unit dialog's fields, with the constraints of {@link NewUnit} (public for the binder). */
public class UnitForm {

    @NotBlank(message = "{error.required}")
    @Size(max = 30, message = "{error.size}")
    @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{error.code}")
    private String code;

    @NotBlank(message = "{error.required}")
    @Size(max = 200, message = "{error.size}")
    private String name;

    @Size(max = UnitDto.SHORT_NAME_MAX, message = "{error.size}")
    private String shortName;

    /** Other names, one a line. */
    private String aliases;

    @NotNull(message = "{error.required}")
    private UnitKind kind;

    private UnitDto parent;

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

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public UnitDto getParent() {
        return parent;
    }

    public void setParent(UnitDto parent) {
        this.parent = parent;
    }

    /** The form of a saved unit, to change it. */
    static UnitForm of(UnitDto unit, UnitDto parent) {
        UnitForm form = new UnitForm();
        form.setCode(unit.code());
        form.setName(unit.name());
        form.setShortName(unit.shortName());
        form.setAliases(String.join("\n", unit.aliases()));
        form.setKind(unit.kind());
        form.setParent(parent);
        return form;
    }

    UnitChange toChange() {
        return new UnitChange(code.trim(), name.trim(), kind, parent == null ? null : parent.code(),
                shortNameOrEmpty(), aliasList());
    }

    NewUnit toCommand(String governmentCode) {
        return new NewUnit(governmentCode, code.trim(), name.trim(), kind, parent == null ? null : parent.code(),
                shortNameOrEmpty(), aliasList());
    }

    /** The aliases typed, one a line (the service drops the blank ones). */
    private List<String> aliasList() {
        return aliases == null ? List.of() : List.of(aliases.split("\\R"));
    }

    /** The short name as typed, empty when none: a change then removes it. */
    private String shortNameOrEmpty() {
        return shortName == null ? "" : shortName.trim();
    }
}
