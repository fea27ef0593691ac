package vn.chidao.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;

/** What a screen shows when there is nothing to list or nothing it may show: an icon, a line, and what to do. */
public class EmptyState extends Div {

    private final Span title = new Span();
    private final Span hint = new Span();

    public EmptyState(String id, Icon icon, String title, String hint, Component... actions) {
        setId(id);
        addClassName("chidao-empty");
        icon.addClassName("chidao-empty-icon");
        this.title.addClassName("chidao-empty-title");
        this.hint.addClassName("chidao-empty-hint");
        add(icon, this.title, this.hint);
        add(actions);
        setTexts(title, hint);
    }

    public final void setTexts(String title, String hint) {
        this.title.setText(title);
        this.hint.setText(hint);
        this.hint.setVisible(hint != null && !hint.isBlank());
    }
}
