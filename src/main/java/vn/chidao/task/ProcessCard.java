package vn.chidao.task;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import vn.chidao.base.ProcessView;
import vn.chidao.base.ui.ProcessDiagram;
import vn.chidao.base.ui.ProcessSteps;

/**
 * "Quy trình xử lý": a collapsible card whose summary names the current step and whose body draws the process
 * diagram ({@link ProcessDiagram}) with a legend, the steps named in the screen's language
 * ({@link ProcessSteps}). The diagram goes to the browser only once the card is opened.
 */
class ProcessCard extends Div {

    private final ProcessView view;
    private final Details details = new Details();

    /** @param onToggle told whether the card is open, so that the page can keep it so when it reloads */
    ProcessCard(ProcessView view, boolean opened, SerializableConsumer<Boolean> onToggle) {
        this.view = view;
        setId("process-card");
        addClassNames("chidao-card", "chidao-process-card");
        details.setSummary(summary());
        details.setWidthFull();
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                draw();
            }
            onToggle.accept(e.isOpened());
        });
        details.setOpened(opened);
        if (opened) {
            draw();
        }
        add(details);
    }

    private Div summary() {
        H3 title = new H3(getTranslation("assignment.process.title"));
        List<String> names = ProcessSteps.currentNames(this, view);
        Span step = new Span(names.isEmpty()
                ? getTranslation(view.waiting().isEmpty() ? "assignment.process.ended" : "assignment.process.waiting")
                : getTranslation("assignment.process.at", String.join(" · ", names)));
        step.setId("process-step");
        step.addClassName("chidao-process-step");
        Div summary = new Div(title, step);
        summary.addClassName("chidao-process-summary");
        return summary;
    }

    private void draw() {
        if (details.getContent().findAny().isPresent()) {
            return;
        }
        ProcessDiagram diagram = new ProcessDiagram(view);
        diagram.setId("process-diagram");
        diagram.setWidthFull();
        Div legend = new Div(legend("current"), legend("waiting"), legend("passed"));
        legend.addClassName("chidao-process-legend");
        Span version = new Span(getTranslation("assignment.process.version", view.version()));
        version.addClassName("chidao-muted");
        legend.add(version);
        details.add(diagram, legend);
    }

    private Span legend(String kind) {
        Span item = new Span(getTranslation("assignment.process.legend." + kind));
        item.addClassNames("chidao-process-legend-item", "chidao-process-legend-" + kind);
        return item;
    }
}
