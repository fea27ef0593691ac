package vn.chidao.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Map;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CreateDialog;

/**
 * Resets a user's password, saying first that the current one stops working: generated (shown once afterwards,
 * to hand on) or typed by the administrator.
 */
class PasswordDialog extends CreateDialog<PasswordForm, PasswordReset> {

    final RadioButtonGroup<PasswordForm.Mode> mode = new RadioButtonGroup<>();
    final PasswordField password = new PasswordField();

    private final SerializableFunction<String, PasswordReset> action;

    PasswordDialog(Messages messages, UserDto user, SerializableFunction<String, PasswordReset> action,
                   SerializableConsumer<PasswordReset> done) {
        super(PasswordForm.class, messages, "password", "users.resetPassword", "users.cancel");
        this.action = action;
        create.setId("password-reset");
        create.addThemeVariants(ButtonVariant.LUMO_ERROR);
        setHeaderTitle(getTranslation("users.resetTitle", user.username()));
        Paragraph warning = new Paragraph(getTranslation("users.resetWarning", user.displayName()));
        warning.addClassName("chidao-admin-note");
        mode.setLabel(getTranslation("users.passwordMode"));
        mode.setItems(PasswordForm.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("users.passwordMode." + m.name()));
        mode.setId("password-mode");
        password.setLabel(getTranslation("users.newPassword"));
        password.setRequiredIndicatorVisible(true);
        password.setId("password-new");
        binder.forField(mode).bind("mode");
        binder.forField(password).withNullRepresentation("").withValidator(p -> mode.getValue() != PasswordForm.Mode.TYPED
                || p != null && !p.isBlank(), getTranslation("error.required")).bind("password");
        mode.addValueChangeListener(e -> {
            password.setVisible(e.getValue() == PasswordForm.Mode.TYPED);
            password.setInvalid(false);
            if (password.isVisible()) {
                password.focus();
            }
        });
        binder.setBean(new PasswordForm());
        password.setVisible(false);
        FormLayout form = new FormLayout(warning, mode, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        finish(form, password, "min(32rem, 95vw)", done);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                // The first field is the choice (a radio group has no focus() of its own in Flow).
                mode.getElement().executeJs("setTimeout(() => this.querySelector('input')?.focus())");
            }
        });
    }

    @Override
    protected PasswordReset save(PasswordForm form) {
        return action.apply(form.getMode() == PasswordForm.Mode.TYPED ? form.getPassword() : null);
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("password", password);
    }
}
