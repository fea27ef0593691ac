package vn.chidao.organisation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit as other features and the API see it; {@code shortName} is optional (null when the unit has none). It exists
 * from {@code validFrom} (null: always has) until {@code validTo} (null: still does; otherwise the day it ended, from
 * which its {@code successors} hold its work, for the reason {@code endReason}). {@code aliases}: other names it goes by
 * in notices, which an admin keeps (a renamed unit's former name among them).
 */
public record UnitDto(@JsonIgnore long id, @JsonIgnore long governmentId, String code, String name,
                      String shortName, UnitKind kind, String parentCode, LocalDate validFrom, LocalDate validTo,
                      List<String> successors, String endReason, List<String> aliases) {

    /** The longest short name (the column's length). */
    public static final int SHORT_NAME_MAX = 50;
    /** The longest alias (the column's length). */
    public static final int ALIAS_MAX = 100;
    /** The most aliases a unit has. */
    public static final int ALIASES_MAX = 20;

    public UnitDto {
        successors = successors == null ? List.of() : List.copyOf(successors);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A unit without aliases. */
    public UnitDto(long id, long governmentId, String code, String name, String shortName, UnitKind kind,
                   String parentCode, LocalDate validFrom, LocalDate validTo, List<String> successors,
                   String endReason) {
        this(id, governmentId, code, name, shortName, kind, parentCode, validFrom, validTo, successors, endReason,
                List.of());
    }

    /** "STTTT · Sở Thông tin và Truyền thông", for pickers and grids. */
    public String label() {
        return code + " · " + name;
    }

    /** "Sở TT&TT" where room is short (the heatmap's rows), the code when the unit has no short name. */
    public String shortNameOrCode() {
        return shortName == null || shortName.isBlank() ? code : shortName;
    }

    /**
     * Whether the unit existed on some day of [from, to] (either end open when null): from its {@code validFrom},
     * before the day it ended.
     */
    public boolean existedBetween(LocalDate from, LocalDate to) {
        return (to == null || validFrom == null || !validFrom.isAfter(to))
                && (from == null || validTo == null || validTo.isAfter(from));
    }

    /** Whether the unit has ended: it is no longer offered in pickers nor given new work. */
    @JsonIgnore
    public boolean isEnded() {
        return validTo != null;
    }
}
