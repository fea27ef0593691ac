package vn.chidao.dashboard;

import java.util.List;

/**
 * Units × months of the deadline: {@code overdue[i][j]} is the number of assignments of {@code units[i]} due
 * in {@code months[j]} that are open past their deadline or were done late; {@code total[i][j]} all of them
 * (cancelled ones left out). Only units with at least one assignment in the period are rows.
 */
public record Heatmap(List<UnitRef> units, List<String> months, long[][] overdue, long[][] total) {

    public record UnitRef(String code, String name) {
    }
}
