package vn.chidao.deadline;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Confirm;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.base.ui.FieldErrors;

/**
 * The leader's answer to a task overdue for several working days: urge the unit (Nhắc nhở), criticise it (Phê
 * bình, counted against the unit, so confirmed first) or grant a new deadline (Cho thời hạn mới, with the day),
 * with an instruction the unit reads.
 */
public class OverdueReviewForm extends Div {

    final RadioButtonGroup<OverdueDecision.Action> decision = new RadioButtonGroup<>();
    final DatePicker newDeadline;
    final TextArea comment = new TextArea();
    final Button submit = new Button(VaadinIcon.PAPERPLANE.create());
    private final BeanValidationBinder<OverdueReviewInput> binder = new BeanValidationBinder<>(OverdueReviewInput.class);

    public OverdueReviewForm(long overdueDays, String unitCode, LocalDate today, Messages messages,
                             SerializableConsumer<OverdueDecision> onSubmit) {
        addClassName("chidao-overdue-form");
        Paragraph intro = new Paragraph(getTranslation("assignment.overdue.intro", unitCode, overdueDays));
        intro.setId("overdue-intro");
        intro.addClassName("chidao-overdue-intro");
        decision.setLabel(getTranslation("assignment.overdue.decision"));
        decision.setId("overdue-decision");
        decision.setItems(OverdueDecision.Action.values());
        decision.setItemLabelGenerator(a -> getTranslation("assignment.overdue." + a.name()));
        decision.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        decision.addValueChangeListener(e -> showDeadline());
        newDeadline = DatePickers.create(getTranslation("assignment.overdue.newDeadline"));
        newDeadline.setId("overdue-deadline");
        // Shown (and needed) only for a new deadline.
        newDeadline.setRequiredIndicatorVisible(true);
        newDeadline.setMin(today.plusDays(1));
        newDeadline.setInitialPosition(today.plusDays(1));
        comment.setLabel(getTranslation("assignment.overdue.comment"));
        comment.setId("overdue-comment");
        comment.setMaxLength(OverdueReviewInput.MAX_LENGTH);
        comment.setPlaceholder(getTranslation("assignment.overdue.commentHint"));
        submit.setText(getTranslation("assignment.overdue.submit"));
        submit.setId("overdue-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> send(messages, onSubmit));
        binder.bindInstanceFields(this);
        binder.readBean(new OverdueReviewInput());
        showDeadline();
        FormLayout form = new FormLayout(decision, newDeadline, comment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(comment, 2);
        Div actions = new Div(submit);
        actions.addClassName("chidao-button-row");
        add(intro, form, actions);
    }

    private void showDeadline() {
        newDeadline.setVisible(decision.getValue() == OverdueDecision.Action.NEW_DEADLINE);
    }

    private void send(Messages messages, SerializableConsumer<OverdueDecision> onSubmit) {
        OverdueReviewInput input = new OverdueReviewInput();
        if (!binder.writeBeanIfValid(input)) {
            return;
        }
        Runnable send = () -> {
            try {
                onSubmit.accept(input.toDecision());
            } catch (InvalidInputException refused) {
                FieldErrors.show(messages, refused, this::field);
            }
        };
        if (input.getDecision() == OverdueDecision.Action.CRITICISE) {
            Confirm.ask(getTranslation("assignment.overdue.criticise.header"),
                    getTranslation("assignment.overdue.criticise.text"), getTranslation("assignment.overdue.CRITICISE"),
                    send);
        } else {
            send.run();
        }
    }

    private HasValidation field(String path) {
        return switch (path) {
            case "decision" -> decision;
            case "newDeadline" -> newDeadline;
            case "comment" -> comment;
            default -> null;
        };
    }
}
