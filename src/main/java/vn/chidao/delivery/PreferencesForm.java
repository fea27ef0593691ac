package vn.chidao.delivery;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.notification.NotificationKind;

/**
 * One's own delivery settings: the email address and its language, and for each kind of notification whether it
 * comes by email at once, in the morning digest or only in the application. The service's objections show on
 * the field they name ({@code email}, {@code language}, {@code choices.ESCALATION}...).
 */
class PreferencesForm extends Div {

    /** The languages of emails ({@code UserContact.LANGUAGES}), Vietnamese first. */
    private static final List<String> LANGUAGES = List.of("vi", "en");

    final EmailField email = new EmailField();
    final Select<String> language = new Select<>();
    final Paragraph noEmail = new Paragraph();
    final Map<NotificationKind, RadioButtonGroup<DeliveryMode>> choices = new EnumMap<>(NotificationKind.class);
    final Button save = new Button(VaadinIcon.CHECK.create());
    private final BeanValidationBinder<PreferencesInput> binder = new BeanValidationBinder<>(PreferencesInput.class);
    private final Messages messages;
    private final SerializableConsumer<Preferences> onSave;

    /** @param onSave saves the preferences; a refusal it throws shows here */
    PreferencesForm(Messages messages, SerializableConsumer<Preferences> onSave) {
        this.messages = messages;
        this.onSave = onSave;
        addClassName("chidao-preferences");
        save.setText(getTranslation("account.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> send());
        Div actions = new Div(save);
        actions.addClassName("chidao-button-row");
        add(contactCard(), choicesCard(), actions);
    }

    private Div contactCard() {
        email.setLabel(getTranslation("account.email"));
        email.setId("account-email");
        email.setClearButtonVisible(true);
        email.setMaxLength(200);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("error.email.invalid")));
        binder.forField(email).bind("email");
        language.setLabel(getTranslation("account.language"));
        language.setId("account-language");
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        binder.forField(language).bind("language");
        noEmail.setId("account-no-email");
        noEmail.addClassName("chidao-admin-note");
        noEmail.setText(getTranslation("account.noEmail"));
        FormLayout form = new FormLayout(email, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return card("account.contact", form, noEmail);
    }

    private Div choicesCard() {
        Div rows = new Div();
        rows.addClassName("chidao-choices");
        for (NotificationKind kind : NotificationKind.values()) {
            RadioButtonGroup<DeliveryMode> group = new RadioButtonGroup<>();
            group.setLabel(getTranslation("notificationKind." + kind.name()));
            group.setHelperText(getTranslation("account.kind." + kind.name()));
            group.setId("account-choice-" + kind.name());
            group.addClassName("chidao-choice");
            group.setItems(DeliveryMode.values());
            group.setItemLabelGenerator(mode -> getTranslation("deliveryMode." + mode.name()));
            binder.forField(group).bind(input -> input.choice(kind), (input, mode) -> input.choose(kind, mode));
            choices.put(kind, group);
            rows.add(group);
        }
        return card("account.choices", rows);
    }

    private Div card(String titleKey, Component... content) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.addClassName("chidao-card");
        card.add(content);
        return card;
    }

    /** Shows the saved settings; without an address, says that nothing comes by email. */
    void show(Preferences saved) {
        binder.readBean(PreferencesInput.of(saved));
        noEmail.setVisible(saved.email() == null);
    }

    private void send() {
        PreferencesInput input = new PreferencesInput();
        if (!binder.writeBeanIfValid(input)) {
            return;
        }
        try {
            onSave.accept(input.toPreferences());
        } catch (InvalidInputException refused) {
            FieldErrors.show(messages, refused, this::field);
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
    }

    private HasValidation field(String path) {
        if (path.startsWith("choices.")) {
            String kind = path.substring("choices.".length()).toUpperCase(Locale.ROOT);
            return choices.entrySet().stream().filter(e -> e.getKey().name().equals(kind))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return switch (path) {
            case "email" -> email;
            case "language" -> language;
            default -> null;
        };
    }
}
