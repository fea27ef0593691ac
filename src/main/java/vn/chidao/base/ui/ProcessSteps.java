package vn.chidao.base.ui;

import com.vaadin.flow.component.Component;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import vn.chidao.base.ProcessView;

/**
 * A process's steps named in the screen's language: the message {@code process.step.<BPMN id>} (such as
 * {@code process.step.Task_SubmitReport}), else the model's own name, which is Vietnamese. So the Vietnamese texts
 * stay in the BPMN files and only the other languages need messages.
 */
public final class ProcessSteps {

    static final String PREFIX = "process.step.";

    private ProcessSteps() {
    }

    /** One step's name, e.g. "Submit the report" for {@code Task_SubmitReport} on an English screen. */
    public static String name(Component screen, String activityId, String modelName) {
        String key = PREFIX + activityId;
        String text = screen.getTranslation(key);
        return text == null || text.isBlank() || key.equals(text) ? Objects.toString(modelName, activityId) : text;
    }

    /** The names of the steps the process waits in now ({@link ProcessView#current()}), in the same order. */
    public static List<String> currentNames(Component screen, ProcessView view) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < view.current().size(); i++) {
            String modelName = i < view.currentNames().size() ? view.currentNames().get(i) : null;
            names.add(name(screen, view.current().get(i), modelName));
        }
        return names;
    }

    /**
     * The BPMN XML with every named element (tasks, events, gateways, flows, subprocesses) named in the screen's
     * language, for the diagram; the XML as it is when nothing needs another name (a Vietnamese screen).
     */
    public static String translate(Component screen, String xml) {
        if (xml == null || xml.isBlank()) {
            return xml;
        }
        BpmnModelInstance model =
                Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        boolean changed = false;
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element.getName() == null || element.getId() == null) {
                continue;
            }
            String name = name(screen, element.getId(), element.getName());
            if (!name.equals(element.getName())) {
                element.setName(name);
                changed = true;
            }
        }
        return changed ? Bpmn.convertToString(model) : xml;
    }
}
