package vn.chidao.extension;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.document.AttachmentField;
import vn.chidao.document.DocumentService;

/**
 * The unit asks for a later deadline: a day after the current one (dd/MM/yyyy) and why. Folded behind its button
 * until wanted; the service's objections show on the fields they name.
 */
public class ExtensionRequestForm extends Div {

    final Button open = new Button(VaadinIcon.CALENDAR_CLOCK.create());
    final DatePicker newDeadline;
    final TextArea reason = new TextArea();
    final Button submit = new Button(VaadinIcon.PAPERPLANE.create());
    private final FormLayout form = new FormLayout();
    private final BeanValidationBinder<ExtensionRequestInput> binder =
            new BeanValidationBinder<>(ExtensionRequestInput.class);

    private final AttachmentField files;

    /** @param files the letter asking for more time, if the unit has one; read by {@code onSubmit} itself */
    public ExtensionRequestForm(LocalDate currentDeadline, Messages messages, AttachmentField files,
                                SerializableConsumer<ExtensionInput> onSubmit) {
        this.files = files;
        addClassName("chidao-extension-form");
        open.setText(getTranslation("assignment.extension.open"));
        open.setId("extension-open");
        open.addClickListener(e -> toggle());
        newDeadline = DatePickers.create(getTranslation("assignment.extension.newDeadline"));
        newDeadline.setId("extension-deadline");
        newDeadline.setMin(currentDeadline.plusDays(1));
        newDeadline.setInitialPosition(currentDeadline.plusDays(1));
        newDeadline.setHelperText(getTranslation("assignment.extension.newDeadlineHint", Dates.format(currentDeadline)));
        reason.setLabel(getTranslation("assignment.extension.reason"));
        reason.setId("extension-reason");
        reason.setMaxLength(ExtensionRequestInput.MAX_LENGTH);
        reason.setMinHeight("6rem");
        reason.setPlaceholder(getTranslation("assignment.extension.reasonHint"));
        submit.setText(getTranslation("assignment.extension.submit"));
        submit.setId("extension-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> send(messages, onSubmit));
        binder.bindInstanceFields(this);
        binder.readBean(new ExtensionRequestInput());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        form.add(newDeadline, 1);
        form.add(reason, 2);
        form.add(files, 3);
        Div actions = new Div(submit);
        actions.addClassName("chidao-button-row");
        form.add(actions, 3);
        form.setVisible(false);
        add(open, form);
    }

    private void toggle() {
        form.setVisible(!form.isVisible());
        open.setVisible(!form.isVisible());
        if (form.isVisible()) {
            newDeadline.focus();
        }
    }

    private void send(Messages messages, SerializableConsumer<ExtensionInput> onSubmit) {
        ExtensionRequestInput input = new ExtensionRequestInput();
        if (!binder.writeBeanIfValid(input)) {
            return;
        }
        try {
            onSubmit.accept(input.toInput());
        } catch (InvalidInputException refused) {
            FieldErrors.show(messages, refused, this::field);
        }
    }

    private HasValidation field(String path) {
        return switch (path) {
            case "newDeadline" -> newDeadline;
            case "reason" -> reason;
            case DocumentService.FIELD -> files;
            default -> null;
        };
    }
}
