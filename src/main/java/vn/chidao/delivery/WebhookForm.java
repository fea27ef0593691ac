package vn.chidao.delivery;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;

/**
 * A government's webhook: the receiver's address, the signing secret (never shown back; left empty it stays as
 * set) and whether it is on. The service's objections show on the fields they name.
 */
class WebhookForm extends FormLayout {

    final TextField url = new TextField();
    final PasswordField secret = new PasswordField();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button(VaadinIcon.CHECK.create());
    private final BeanValidationBinder<WebhookSettings> binder = new BeanValidationBinder<>(WebhookSettings.class);
    private final Messages messages;
    private final SerializableConsumer<WebhookInput> onSave;

    /** @param onSave saves the input; a refusal it throws shows here */
    WebhookForm(Messages messages, SerializableConsumer<WebhookInput> onSave) {
        this.messages = messages;
        this.onSave = onSave;
        addClassName("chidao-webhook-form");
        url.setLabel(getTranslation("webhook.url"));
        url.setId("webhook-url");
        url.setPlaceholder("https://");
        url.setMaxLength(500);
        secret.setLabel(getTranslation("webhook.secret"));
        secret.setId("webhook-secret");
        secret.setMaxLength(200);
        enabled.setLabel(getTranslation("webhook.enabled"));
        enabled.setId("webhook-enabled");
        save.setText(getTranslation("webhook.save"));
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> send());
        binder.bindInstanceFields(this);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36rem", 2));
        add(url, 2);
        add(secret, enabled);
        Div actions = new Div(save);
        actions.addClassName("chidao-button-row");
        add(actions, 2);
    }

    /** Shows the saved webhook (null: none yet); the secret field stays empty, saying whether one is kept. */
    void show(WebhookDto saved) {
        binder.readBean(WebhookSettings.of(saved));
        boolean kept = saved != null && saved.secretSet();
        secret.setHelperText(getTranslation(kept ? "webhook.secret.kept" : "webhook.secret.hint"));
        secret.setRequiredIndicatorVisible(!kept);
    }

    private void send() {
        WebhookSettings settings = new WebhookSettings();
        if (!binder.writeBeanIfValid(settings)) {
            return;
        }
        try {
            onSave.accept(settings.toInput());
        } catch (InvalidInputException refused) {
            FieldErrors.show(messages, refused, this::field);
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
    }

    private HasValidation field(String path) {
        return switch (path) {
            case "url" -> url;
            case "secret" -> secret;
            default -> null;
        };
    }
}
