package vn.chidao.security;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.base.ui.MainLayout;

/**
 * "Đổi mật khẩu", from the user's menu: the current password, the new one twice. Whoever still has a password
 * someone else set is brought here before any other screen ({@link PasswordChangeGate}), and goes on to the inbox once
 * it is changed.
 */
@Route(MainLayout.PASSWORD_ROUTE)
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    final Paragraph required = new Paragraph();

    private final BeanValidationBinder<PasswordChangeForm> binder = new BeanValidationBinder<>(PasswordChangeForm.class);
    private final PasswordService passwords;
    private final CurrentUser user;
    private final Messages messages;

    ChangePasswordView(PasswordService passwords, PasswordPolicy policy, CurrentUser user, Messages messages) {
        this.passwords = passwords;
        this.user = user;
        this.messages = messages;
        addClassName("chidao-account");
        required.setText(getTranslation("password.required"));
        required.addClassName("chidao-admin-note");
        required.setId("password-change-required");
        required.setVisible(passwords.mustChange(user.actor().username()));
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation(policy.hintKey()));
        next.setId("password-new");
        repeated.setLabel(getTranslation("password.repeated"));
        repeated.setId("password-repeated");
        binder.forField(current).withNullRepresentation("").bind("currentPassword");
        binder.forField(next).withNullRepresentation("").bind("newPassword");
        binder.forField(repeated).withNullRepresentation("")
                .withValidator(p -> p == null || p.equals(next.getValue()), getTranslation("password.mismatch"))
                .bind("repeated");
        binder.setBean(new PasswordChangeForm());
        save.setText(getTranslation("password.save"));
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(current, next, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(required, form, save);
        current.focus();
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        boolean wasRequired = required.isVisible();
        try {
            passwords.change(user.actor(), binder.getBean().toChange(), clientAddress());
        } catch (InvalidInputException error) {
            FieldErrors.show(messages, error, fields()::get);
            return;
        }
        Feedback.success(getTranslation("password.changed"));
        binder.setBean(new PasswordChangeForm());
        required.setVisible(false);
        if (wasRequired) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    /** The browser's address, as the sign-in form's lockout counts it (the proxy's client behind a proxy). */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "" : address;
    }

    private Map<String, HasValidation> fields() {
        return Map.of("currentPassword", current, "newPassword", next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.changePassword");
    }
}
