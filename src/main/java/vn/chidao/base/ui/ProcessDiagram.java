package vn.chidao.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.List;
import vn.chidao.base.ProcessView;

/**
 * A process instance's BPMN diagram, drawn in the browser by bpmn-js ({@code frontend/components/
 * chidao-process-diagram.js}): the current steps stand out, the waiting timers are dashed, and the activities and
 * flows already passed are in the theme's colour ({@code chidao-process-diagram.css}). It fits its width and follows
 * it, but is never drawn too small to read (a wide diagram then shows around the current step); buttons zoom, fit,
 * go to the current step and show it full screen; drag to pan. The steps are named in
 * the screen's language ({@link ProcessSteps}).
 */
@Tag("chidao-process-diagram")
@NpmPackage(value = "bpmn-js", version = ProcessDiagram.BPMN_JS_VERSION)
@JsModule("./components/chidao-process-diagram.js")
@CssImport("./components/chidao-process-diagram.css")
public class ProcessDiagram extends Component implements HasSize {

    /** The bpmn-js release the diagram is drawn with (its viewer only). */
    public static final String BPMN_JS_VERSION = "18.31.1";

    private final ProcessView view;

    public ProcessDiagram(ProcessView view) {
        this.view = view;
        getElement().setProperty("xml", ProcessSteps.translate(this, view.xml()));
        getElement().setPropertyJson("current", array(view.current()));
        getElement().setPropertyJson("waiting", array(view.waiting()));
        getElement().setPropertyJson("passed", array(view.passed()));
        getElement().setPropertyJson("passedFlows", array(view.passedFlows()));
        JsonObject labels = Json.createObject();
        for (String key : List.of("zoomIn", "zoomOut", "fit", "focus", "fullscreen", "error")) {
            labels.put(key, getTranslation("diagram." + key));
        }
        getElement().setPropertyJson("labels", labels);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("diagram.label",
                String.join(", ", ProcessSteps.currentNames(this, view))));
    }

    /** What the diagram shows. */
    public ProcessView view() {
        return view;
    }

    private static JsonArray array(List<String> ids) {
        JsonArray array = Json.createArray();
        for (int i = 0; i < ids.size(); i++) {
            array.set(i, ids.get(i));
        }
        return array;
    }
}
