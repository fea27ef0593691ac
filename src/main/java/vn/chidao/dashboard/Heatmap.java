package vn.chidao.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Units × months of the deadline: {@code overdue[i][j]} is the number of assignments of {@code units[i]} due
 * in {@code months[j]} that are open past their deadline or were done late; {@code total[i][j]} all of them
 * (cancelled ones left out). Only units with at least one assignment in the period are rows. A cell with work in
 * it is either an overdue cell (on the colour scale) or a neutral one (work, none of it overdue).
 */
// The two derived lists come after the components in this order: Jackson orders methods as reflection lists them,
// which differs between runs.
@JsonPropertyOrder({"units", "months", "overdue", "total", "overdueCells", "neutralCells"})
public record Heatmap(List<UnitRef> units, List<String> months, long[][] overdue, long[][] total) {

    /**
     * {@code shortName}: the row's label, the unit's short name or, when it has none, its code; {@code endedOn} and
     * {@code folded} as in {@link UnitSplit}.
     */
    public record UnitRef(String code, String name, String shortName, LocalDate endedOn, List<String> folded) {

        public UnitRef {
            folded = folded == null ? List.of() : List.copyOf(folded);
        }
    }

    /** A cell with work in it: the unit's code, the month ({@code yyyy-MM}), its overdue and total counts. */
    public record Cell(String unit, String month, long overdue, long total) {
    }

    /** The cells with overdue work, by unit then month. */
    @JsonProperty("overdueCells")
    public List<Cell> overdueCells() {
        return cells(true);
    }

    /** The cells with work but nothing overdue, by unit then month. */
    @JsonProperty("neutralCells")
    public List<Cell> neutralCells() {
        return cells(false);
    }

    /** The cell of a unit (its code) and a month ({@code yyyy-MM}) when it has work in it. */
    Optional<Cell> cell(String unitCode, String month) {
        int j = months.indexOf(month);
        for (int i = 0; i < units.size() && j >= 0; i++) {
            if (units.get(i).code().equals(unitCode) && total[i][j] > 0) {
                return Optional.of(cellAt(i, j));
            }
        }
        return Optional.empty();
    }

    private List<Cell> cells(boolean overdueOnes) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            for (int j = 0; j < months.size(); j++) {
                if (total[i][j] > 0 && (overdue[i][j] > 0) == overdueOnes) {
                    cells.add(cellAt(i, j));
                }
            }
        }
        return cells;
    }

    private Cell cellAt(int i, int j) {
        return new Cell(units.get(i).code(), months.get(j), overdue[i][j], total[i][j]);
    }
}
