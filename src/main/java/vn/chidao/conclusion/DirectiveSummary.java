package vn.chidao.conclusion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.util.stream.Collectors;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CommentDialog;
import vn.chidao.base.ui.Confirm;

/**
 * One directive on the conclusion's page: its content, units, deadline as the notice gives it (a day, N working
 * days from the issue date, or ongoing with its reporting period), reminders, sign-off; whether it was cancelled
 * (and why) or closed; once issued, how each unit stands; and the secretariat's buttons to cancel or close it.
 */
class DirectiveSummary extends Div {

    /** What the secretariat's buttons do; null when the caller may not end directives. */
    interface Ending extends Serializable {
        void cancel(long directiveId, String reason);

        void close(long directiveId);
    }

    DirectiveSummary(ConclusionDetail.DirectiveDetail d, boolean issued, SerializableFunction<String, String> unitLabel,
                     Ending ending) {
        String id = "directive-" + d.ordinal();
        Span ordinal = new Span(String.valueOf(d.ordinal()));
        ordinal.addClassName("chidao-directive-ordinal");
        Paragraph content = new Paragraph(d.content());
        content.addClassName("chidao-directive-content");
        Div facts = new Div();
        facts.addClassName("chidao-directive-facts");
        fact(facts, "conclusion.lead", unitLabel.apply(d.leadUnit()));
        if (!d.coordinatingUnits().isEmpty()) {
            fact(facts, "conclusion.coordinating",
                    d.coordinatingUnits().stream().map(unitLabel).collect(Collectors.joining("; ")));
        }
        fact(facts, "conclusion.deadline", deadline(d)).setId(id + "-deadline");
        fact(facts, "conclusion.reminder", getTranslation("conclusion.reminderDays", d.reminderDays()));
        if (d.leaderSignOff()) {
            fact(facts, "conclusion.signOff", getTranslation("conclusion.yes"));
        }
        if (d.cancelled()) {
            fact(facts, "conclusion.cancelReason", d.cancelReason() == null ? "" : d.cancelReason());
        }
        Div body = new Div(content, facts);
        body.addClassName("chidao-directive-body");
        if (issued) {
            body.add(new AssignmentRows(d.assignments(), unitLabel));
        }
        if (d.cancelled() || d.closed()) {
            Span state = d.cancelled() ? Badges.of("conclusion.state.cancelled", "badge error small")
                    : Badges.of("conclusion.state.closed", "badge contrast small");
            state.setId(id + "-state");
            body.addComponentAsFirst(state);
            addClassName(d.cancelled() ? "chidao-directive-cancelled" : "chidao-directive-closed");
        } else if (issued && ending != null) {
            body.add(buttons(d, id, ending));
        }
        add(ordinal, body);
        addClassName("chidao-directive");
        setId(id);
    }

    private String deadline(ConclusionDetail.DirectiveDetail d) {
        if (d.ongoing()) {
            return getTranslation("timeliness.ONGOING") + " · " + getTranslation("conclusion.reports",
                    ReportPeriod.name(d.reportEvery(), this::getTranslation).toLowerCase(getLocale()));
        }
        if (d.deadlineWorkingDays() != null) {
            return getTranslation("conclusion.workingDays", d.deadlineWorkingDays());
        }
        return Dates.format(d.deadline());
    }

    private Div buttons(ConclusionDetail.DirectiveDetail d, String id, Ending ending) {
        Div buttons = new Div();
        buttons.addClassNames("chidao-button-row", "chidao-directive-actions");
        if (d.ongoing()) {
            Button close = new Button(getTranslation("conclusion.close"), VaadinIcon.FLAG_CHECKERED.create(),
                    e -> Confirm.ask(getTranslation("conclusion.close.header", d.ordinal()),
                            getTranslation("conclusion.close.text"), getTranslation("conclusion.close"),
                            () -> ending.close(d.id())));
            close.setId(id + "-close");
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            buttons.add(close);
        }
        SerializableConsumer<String> cancel = reason -> ending.cancel(d.id(), reason);
        Button cancelButton = new Button(getTranslation("conclusion.cancelDirective"), VaadinIcon.BAN.create(), e -> {
            CommentDialog dialog = new CommentDialog(getTranslation("conclusion.cancelDirective.header", d.ordinal()),
                    getTranslation("conclusion.cancelDirective.label"), getTranslation("conclusion.cancelDirective"),
                    cancel::accept);
            dialog.setDismissText(getTranslation("action.back"));
            dialog.open();
        });
        cancelButton.setId(id + "-cancel");
        cancelButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        buttons.add(cancelButton);
        return buttons;
    }

    private Div fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("chidao-fact-label");
        Div fact = new Div(label, new Span(value));
        fact.addClassName("chidao-fact");
        facts.add(fact);
        return fact;
    }
}
