package vn.chidao.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import vn.chidao.base.ui.CommentDialog;
import vn.chidao.base.ui.Confirm;

/**
 * The secretariat ends a whole directive (every unit's part): cancels it with a reason, or, when it is ongoing,
 * closes it after a confirmation.
 */
class DirectiveEndButtons extends Div {

    DirectiveEndButtons(boolean canCancel, boolean canClose, SerializableConsumer<String> cancel, Runnable close) {
        addClassName("chidao-button-row");
        if (canClose) {
            Button closeButton = new Button(getTranslation("assignment.directive.close"), VaadinIcon.FLAG_CHECKERED.create(),
                    e -> Confirm.ask(getTranslation("assignment.directive.close.header"),
                            getTranslation("assignment.directive.close.text"),
                            getTranslation("assignment.directive.close"), close));
            closeButton.setId("directive-close");
            add(closeButton);
        }
        if (canCancel) {
            Button cancelButton = new Button(getTranslation("assignment.directive.cancel"), VaadinIcon.BAN.create(),
                    e -> {
                        CommentDialog dialog = new CommentDialog(getTranslation("assignment.directive.cancel.header"),
                                getTranslation("assignment.directive.cancel.label"),
                                getTranslation("assignment.directive.cancel"), cancel::accept);
                        dialog.setDismissText(getTranslation("action.back"));
                        dialog.open();
                    });
            cancelButton.setId("directive-cancel");
            cancelButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(cancelButton);
        }
    }
}
