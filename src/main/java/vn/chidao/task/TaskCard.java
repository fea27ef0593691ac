package vn.chidao.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** A white card of the task page with a small uppercase title, and the panels inside. */
class TaskCard extends Div {

    TaskCard(String titleKey, Component... content) {
        addClassName("chidao-card");
        add(new H3(getTranslation(titleKey)));
        add(content);
    }

    /** One action's panel inside a card: a subtitle and its content, set apart from the panel before it. */
    static Div panel(String id, String subtitle, Component... content) {
        Span title = new Span(subtitle);
        title.addClassName("chidao-card-subtitle");
        Div panel = new Div(title);
        panel.add(content);
        panel.setId(id);
        panel.addClassName("chidao-panel");
        return panel;
    }
}
