package vn.chidao.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import vn.chidao.base.time.Dates;

/**
 * One row of a list as a card on a phone ({@link PhoneCards}): its badges, the directive's text on two lines at
 * most, the conclusion's number, the deadline with the days left in their colour, and the main action as a
 * full-width button. Each part is optional; they show in that order whatever order they are added in.
 */
public class RowCard extends Div {

    private final Div badges = part("chidao-row-card-badges");
    private final Div title = part("chidao-row-card-title");
    private final Div details = part("chidao-row-card-details");
    private final Div deadline = part("chidao-row-card-deadline");
    private final Div actions = part("chidao-row-card-actions");

    public RowCard() {
        addClassName("chidao-row-card");
        add(badges, title, details, deadline, actions);
        title.addClassName("chidao-clamp-2");
    }

    private static Div part(String className) {
        Div part = new Div();
        part.addClassName(className);
        part.setVisible(false);
        return part;
    }

    public RowCard badges(Component... shown) {
        badges.add(shown);
        badges.setVisible(true);
        return this;
    }

    /** The text, two lines at most; the whole of it on hover (and for screen readers). */
    public RowCard title(String text) {
        title.setText(text);
        title.getElement().setAttribute("title", text == null ? "" : text);
        title.setVisible(true);
        return this;
    }

    /** A muted line under the text, e.g. the conclusion's number; nothing when blank. */
    public RowCard detail(String text) {
        if (text != null && !text.isBlank()) {
            Span line = new Span(text);
            line.addClassName("chidao-row-card-detail");
            details.add(line);
            details.setVisible(true);
        }
        return this;
    }

    /** The same with components (a link, a longer text). */
    public RowCard detail(Component... shown) {
        details.add(shown);
        details.setVisible(true);
        return this;
    }

    /** The deadline (dd/MM/yyyy, none for an ongoing task) and how far it is, coloured. */
    public RowCard deadline(LocalDate day, Component daysLeft) {
        if (day != null) {
            Span date = new Span(Dates.format(day));
            date.addClassName("chidao-row-card-date");
            deadline.add(date);
        }
        if (daysLeft != null) {
            deadline.add(daysLeft);
        }
        deadline.setVisible(true);
        return this;
    }

    /** The main action (and any second one beside it), as wide as the card. */
    public RowCard action(Component... buttons) {
        for (Component button : buttons) {
            button.getElement().getClassList().add("chidao-row-card-action");
            actions.add(button);
        }
        actions.setVisible(true);
        return this;
    }
}
