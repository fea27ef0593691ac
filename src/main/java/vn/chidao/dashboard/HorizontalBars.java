package vn.chidao.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The frame the dashboard's horizontal bar charts share: the axes, the grid, the tooltip and the legend below. */
final class HorizontalBars {

    private HorizontalBars() {
    }

    /** An ECharts option with {@code categories} down the side (first on top); the caller adds the series. */
    static Map<String, Object> option(List<String> categories, Map<String, Object> categoryLabel) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("bottom", 0, "icon", "roundRect",
                "textStyle", Map.of("color", "var(--lumo-secondary-text-color)")));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 8, "bottom", 36, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1,
                "axisLabel", Map.of("color", "var(--lumo-secondary-text-color)"),
                "splitLine", Map.of("lineStyle", Map.of("color", "var(--lumo-contrast-10pct)"))));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", categories,
                "axisTick", Map.of("show", false), "axisLine", Map.of("show", false), "axisLabel", categoryLabel));
        return option;
    }
}
