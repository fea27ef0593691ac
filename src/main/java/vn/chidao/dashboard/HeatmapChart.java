package vn.chidao.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.base.ui.EChart;

/**
 * The overdue heatmap ({@code frontend/components/chidao-heatmap.js}, Apache ECharts): units × months of the
 * deadline, rows by the units' short names; a cell with overdue work coloured by their number, a cell with work
 * but none overdue neutral grey, off the scale; the tooltip names the unit in full and gives the overdue and total
 * counts. A click on a cell with work in it fires {@link CellClickEvent}.
 */
@Tag("chidao-heatmap")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./components/chidao-heatmap.js")
class HeatmapChart extends Component implements HasSize {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final int ROW_PX = 36;
    private static final int FRAME_PX = 96;

    private Heatmap heatmap;

    /** Draws the heatmap, one row of {@value #ROW_PX} px per unit. */
    void setHeatmap(Heatmap heatmap) {
        this.heatmap = heatmap;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("units", heatmap.units().stream().map(u -> Map.of("code", u.code(),
                "name", UnitMarks.name(this, u.name(), u.endedOn(), u.folded()),
                "shortName", UnitMarks.shortName(this, u.shortName(), u.endedOn()))).toList());
        data.put("months", heatmap.months());
        data.put("monthLabels", heatmap.months().stream()
                .map(m -> getTranslation("dashboard.heatmap.dueIn", YearMonth.parse(m).format(MONTH))).toList());
        data.put("axisLabels", axisLabels(heatmap));
        data.put("overdueCells", cells(heatmap, true));
        data.put("neutralCells", cells(heatmap, false));
        data.put("texts", Map.of("overdue", getTranslation("dashboard.heatmap.overdue"),
                "total", getTranslation("dashboard.heatmap.total"), "open", getTranslation("dashboard.heatmap.open"),
                "less", getTranslation("dashboard.heatmap.less"), "more", getTranslation("dashboard.heatmap.more"),
                "neutral", getTranslation("dashboard.heatmap.neutral")));
        getElement().setPropertyJson("data", Json.parse(EChart.json(data)));
        setHeight((heatmap.units().size() * ROW_PX + FRAME_PX) + "px");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("dashboard.heatmap.aria",
                heatmap.units().size(), heatmap.months().size(), overdueTotal()));
    }

    /**
     * The cells with work in them as the chart draws them, {@code [column, row, overdue, total]}: those with overdue
     * work (on the colour scale) or those with none overdue (neutral, off the scale).
     */
    private static List<long[]> cells(Heatmap heatmap, boolean overdueOnes) {
        List<long[]> cells = new ArrayList<>();
        for (int row = 0; row < heatmap.units().size(); row++) {
            for (int column = 0; column < heatmap.months().size(); column++) {
                long overdue = heatmap.overdue()[row][column];
                long total = heatmap.total()[row][column];
                if (total > 0 && (overdue > 0) == overdueOnes) {
                    cells.add(new long[] {column, row, overdue, total});
                }
            }
        }
        return cells;
    }

    /** "01" … "12" under the columns, the year under the first column and under each January. */
    private static List<String> axisLabels(Heatmap heatmap) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < heatmap.months().size(); i++) {
            YearMonth month = YearMonth.parse(heatmap.months().get(i));
            String number = String.format("%02d", month.getMonthValue());
            labels.add(i == 0 || month.getMonthValue() == 1 ? number + "\n" + month.getYear() : number);
        }
        return labels;
    }

    Heatmap getHeatmap() {
        return heatmap;
    }

    private long overdueTotal() {
        long sum = 0;
        for (long[] row : heatmap.overdue()) {
            for (long n : row) {
                sum += n;
            }
        }
        return sum;
    }

    Registration addCellClickListener(ComponentEventListener<CellClickEvent> listener) {
        return addListener(CellClickEvent.class, listener);
    }

    /** A cell was clicked: its unit's code and month of the deadline. */
    @DomEvent("cell-click")
    public static class CellClickEvent extends ComponentEvent<HeatmapChart> {

        private final String unit;
        private final YearMonth month;

        public CellClickEvent(HeatmapChart source, boolean fromClient,
                              @EventData("event.detail.unit") String unit,
                              @EventData("event.detail.month") String month) {
            super(source, fromClient);
            this.unit = unit;
            this.month = parse(month);
        }

        private static YearMonth parse(String month) {
            try {
                return month == null ? null : YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        public String unit() {
            return unit;
        }

        /** Null when the browser sent no month in {@code yyyy-MM}. */
        public YearMonth month() {
            return month;
        }
    }
}
