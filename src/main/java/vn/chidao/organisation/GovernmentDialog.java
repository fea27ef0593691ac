package vn.chidao.organisation;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Map;
import vn.chidao.base.ConflictException;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;

/** Creates a government (province or city): its short code and its name. */
class GovernmentDialog extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Button create = new Button();

    private final BeanValidationBinder<GovernmentForm> binder = new BeanValidationBinder<>(GovernmentForm.class);

    GovernmentDialog(Messages messages, SerializableFunction<NewGovernment, GovernmentDto> action,
                     SerializableConsumer<GovernmentDto> created) {
        setHeaderTitle(getTranslation("governments.new"));
        setId("government-dialog");
        code.setLabel(getTranslation("governments.code"));
        code.setHelperText(getTranslation("governments.codeHint"));
        code.setId("government-code");
        name.setLabel(getTranslation("governments.name"));
        name.setPlaceholder(getTranslation("governments.nameHint"));
        name.setId("government-name");
        String required = getTranslation("error.required");
        binder.forField(code).asRequired(required).bind("code");
        binder.forField(name).asRequired(required).bind("name");
        binder.setBean(new GovernmentForm());
        create.setText(getTranslation("admin.create"));
        create.setId("government-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        create.addClickListener(e -> {
            try {
                if (!binder.validate().isOk()) {
                    return;
                }
                GovernmentDto government = action.apply(binder.getBean().toCommand());
                close();
                created.accept(government);
            } catch (InvalidInputException error) {
                FieldErrors.show(messages, error, Map.of("code", code, "name", name)::get);
            } catch (ConflictException error) {
                code.setErrorMessage(Feedback.describe(messages, error));
                code.setInvalid(true);
            } catch (DomainException error) {
                Feedback.refused(messages, error);
            } finally {
                create.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        add(new FormLayout(code, name));
        getFooter().add(cancel, create);
        setWidth("min(34rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                code.focus();
            }
        });
    }
}
