package vn.chidao.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** After a reset: a generated password, shown this once so that the administrator can hand it on. */
class NewPasswordDialog extends Dialog {

    final TextField password = new TextField();

    NewPasswordDialog(PasswordReset reset) {
        setId("new-password-dialog");
        setHeaderTitle(getTranslation("users.newPasswordTitle", reset.username()));
        password.setLabel(getTranslation("users.newPassword"));
        password.setValue(reset.password());
        password.setReadOnly(true);
        password.setWidthFull();
        password.setId("generated-password");
        password.addClassName("chidao-password");
        Paragraph note = new Paragraph(getTranslation("users.newPasswordNote"));
        note.addClassName("chidao-admin-note");
        add(password, note);
        Button close = new Button(getTranslation("users.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(close);
        setWidth("min(28rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                password.focus();
            }
        });
    }
}
