package vn.chidao.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;

/**
 * A chart drawn by Apache ECharts in the browser ({@code frontend/components/chidao-chart.js}) from an ECharts
 * option built on the server: maps, lists and records, sent as JSON. Colours may be given as the theme's
 * variables, {@code "var(--chidao-overdue)"}; the chart follows its element's size.
 */
@Tag("chidao-chart")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
@JsModule("./components/chidao-chart.js")
public class EChart extends Component implements HasSize, HasStyle {

    /** The one ECharts version of every chart component. */
    public static final String ECHARTS_VERSION = "6.1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode option = JSON.nullNode();

    /** Draws {@code option} (anything Jackson writes as an ECharts option object). */
    public void setOption(Object option) {
        this.option = JSON.valueToTree(option);
        getElement().setPropertyJson("option", Json.parse(json(this.option)));
    }

    /** The option last drawn, as JSON. */
    public JsonNode getOption() {
        return option;
    }

    /** What the chart shows, for screen readers (the canvas itself says nothing). */
    public void setDescription(String text) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", text);
    }

    /** Jackson's text of a value, for {@code setPropertyJson}. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not writable as JSON: " + value, e);
        }
    }
}
