package vn.chidao.conclusion;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;

/**
 * A leader sends a draft back to the secretariat, saying what to change. The comment is required; as it is
 * a text area (Enter adds a line), Ctrl+Enter sends it.
 */
class RejectDialog extends Dialog {

    final TextArea comment = new TextArea();
    final Button reject = new Button();

    RejectDialog(Messages messages, SerializableConsumer<String> action) {
        setHeaderTitle(getTranslation("reject.header"));
        setId("reject-dialog");
        comment.setLabel(getTranslation("reject.comment"));
        comment.setHelperText(getTranslation("reject.commentHint"));
        comment.setRequiredIndicatorVisible(true);
        comment.setMinRows(4);
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setId("reject-comment");
        reject.setText(getTranslation("reject.confirm"));
        reject.setId("reject-confirm");
        reject.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reject.setDisableOnClick(true);
        reject.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        reject.addClickListener(e -> {
            try {
                if (comment.getValue().isBlank()) {
                    comment.setErrorMessage(getTranslation("error.required"));
                    comment.setInvalid(true);
                    comment.focus();
                    return;
                }
                action.accept(comment.getValue());
                close();
            } catch (InvalidInputException error) {
                FieldErrors.show(messages, error, field -> comment);
            } catch (DomainException error) {
                Feedback.refused(messages, error);
            } finally {
                reject.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("conclusion.cancel"), e -> close());
        cancel.setId("reject-cancel");
        add(new Paragraph(getTranslation("reject.text")), comment);
        getFooter().add(cancel, reject);
        setWidth("min(36rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                comment.focus();
            }
        });
    }
}
