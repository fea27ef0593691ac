package vn.chidao.extension;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.Serializable;
import vn.chidao.assignment.ExtensionView;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.CommentDialog;
import vn.chidao.base.ui.Confirm;

/**
 * The decider's view of a pending extension request: from which day to which, why, who asked and when; approve
 * after a confirmation, or refuse with a comment (the service refuses a refusal without one).
 */
public class ExtensionDecisionPanel extends Div {

    /** Records the decision; {@code successKey} is what the page says once it is done. */
    @FunctionalInterface
    public interface Decide extends Serializable {
        void apply(ExtensionDecision decision, String successKey);
    }

    public ExtensionDecisionPanel(ExtensionView request, String unitCode, Decide decide) {
        addClassName("chidao-extension-decision");
        Span change = new Span(getTranslation("assignment.extension.change", unitCode,
                Dates.format(request.previousDeadline()), Dates.format(request.requestedDeadline())));
        change.setId("extension-change");
        change.addClassName("chidao-extension-change");
        Paragraph reason = new Paragraph(request.reason());
        reason.setId("extension-request-reason");
        reason.addClassName("chidao-quote");
        Span who = new Span(request.requestedBy() + " · " + Dates.format(request.requestedAt()));
        who.addClassName("chidao-muted");
        Button approve = new Button(getTranslation("assignment.extension.approve"), VaadinIcon.CHECK.create(),
                e -> Confirm.ask(getTranslation("assignment.extension.approve.header"),
                        getTranslation("assignment.extension.approve.text", unitCode,
                                Dates.format(request.requestedDeadline())),
                        getTranslation("assignment.extension.approve"),
                        () -> decide.apply(new ExtensionDecision(true, null), "assignment.extension.approved")));
        approve.setId("extension-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button refuse = new Button(getTranslation("assignment.extension.refuse"), VaadinIcon.CLOSE_SMALL.create(),
                e -> new CommentDialog(getTranslation("assignment.extension.refuse.header"),
                        getTranslation("assignment.extension.refuse.label"), getTranslation("assignment.extension.refuse"),
                        comment -> decide.apply(new ExtensionDecision(false, comment), "assignment.extension.refused"))
                        .open());
        refuse.setId("extension-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(approve, refuse);
        buttons.addClassName("chidao-button-row");
        add(change, reason, who, buttons);
    }
}
