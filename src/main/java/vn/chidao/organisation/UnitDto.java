package vn.chidao.organisation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A unit as other features and the API see it. */
public record UnitDto(@JsonIgnore long id, @JsonIgnore long governmentId, String code, String name,
                      UnitKind kind, String parentCode) {

    /** "STTTT · Sở Thông tin và Truyền thông", for pickers and grids. */
    public String label() {
        return code + " · " + name;
    }
}
