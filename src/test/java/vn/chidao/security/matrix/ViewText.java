package vn.chidao.security.matrix;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import java.io.Serializable;
import java.util.List;

/**
 * Everything a screen shows, as one text, for a leak to be searched in: the text, attributes and properties of
 * every element of the page (charts carry their figures there), and the rows of every grid (loaded lazily, so not in
 * the elements), up to {@value #ROWS} of each.
 */
final class ViewText {

    static final int ROWS = 50;

    private ViewText() {
    }

    static String of(UI ui) {
        StringBuilder text = new StringBuilder();
        // The routed content hangs below the UI's element as a virtual child: start from its components.
        ui.getChildren().forEach(child -> element(child.getElement(), text));
        components(ui, text);
        if (text.isEmpty()) {
            throw new IllegalStateException("The screen shows nothing: " + ui.getInternals().getActiveViewLocation());
        }
        return text.toString();
    }

    private static void element(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
        }
        element.getAttributeNames().map(element::getAttribute).filter(value -> value != null && !value.isBlank())
                .forEach(value -> text.append(value).append('\n'));
        element.getPropertyNames().forEach(name -> {
            Serializable value = element.getPropertyRaw(name);
            text.append(value instanceof elemental.json.JsonValue json ? json.toJson() : String.valueOf(value))
                    .append('\n');
        });
        element.getChildren().forEach(child -> element(child, text));
    }

    /** Each row's formatted cells, and the components of its component columns, rendered. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void rows(Grid grid, StringBuilder text) {
        int rows = Math.min(GridKt._size(grid), ROWS);
        if (rows == 0) {
            return;
        }
        List<?> items = GridKt._fetch(grid, 0, rows);
        for (int i = 0; i < items.size(); i++) {
            text.append(String.join(" | ", GridKt._getFormattedRow(grid, i))).append('\n');
            for (Object column : grid.getColumns()) {
                if (((Grid.Column) column).getRenderer() instanceof ComponentRenderer renderer) {
                    element(renderer.createComponent(items.get(i)).getElement(), text);
                }
            }
        }
    }

    private static void components(Component component, StringBuilder text) {
        if (component instanceof Grid<?> grid) {
            rows(grid, text);
        }
        component.getChildren().forEach(child -> components(child, text));
    }
}
