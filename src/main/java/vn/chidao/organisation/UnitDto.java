package vn.chidao.organisation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A unit as other features and the API see it; {@code shortName} is optional (null when the unit has none). */
public record UnitDto(@JsonIgnore long id, @JsonIgnore long governmentId, String code, String name,
                      String shortName, UnitKind kind, String parentCode) {

    /** The longest short name (the column's length). */
    public static final int SHORT_NAME_MAX = 50;

    /** "STTTT · Sở Thông tin và Truyền thông", for pickers and grids. */
    public String label() {
        return code + " · " + name;
    }

    /** "Sở TT&TT" where room is short (the heatmap's rows), the code when the unit has no short name. */
    public String shortNameOrCode() {
        return shortName == null || shortName.isBlank() ? code : shortName;
    }
}
