package vn.chidao.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import vn.chidao.base.InvalidInputException;

/**
 * Asks for a comment before an action that needs one (returning a report, rejecting a draft). The service
 * decides whether the comment is acceptable: when it refuses with an {@link InvalidInputException}, its
 * reason shows under the field and the dialog stays open; otherwise the dialog closes.
 */
public class CommentDialog extends Dialog {

    /** The action to run with the comment; may throw {@link InvalidInputException} to refuse it. */
    @FunctionalInterface
    public interface Action {
        void apply(String comment);
    }

    public static final int MAX_LENGTH = 4000;

    private final TextArea comment = new TextArea();
    private final Button confirm = new Button();
    private final Button dismiss = new Button();

    public CommentDialog(String header, String label, String confirmText, Action action) {
        setHeaderTitle(header);
        setWidth("min(36rem, 95vw)");
        comment.setLabel(label);
        comment.setId("comment-text");
        comment.setWidthFull();
        comment.setMinHeight("8rem");
        comment.setMaxLength(MAX_LENGTH);
        comment.setRequiredIndicatorVisible(true);
        comment.addValueChangeListener(e -> comment.setInvalid(false));
        add(comment);

        confirm.setText(confirmText);
        confirm.setId("comment-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        confirm.addClickListener(e -> run(action));
        dismiss.setText(getTranslation("action.cancel"));
        dismiss.addClickListener(e -> close());
        dismiss.setId("comment-cancel");
        getFooter().add(dismiss, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                comment.focus();
            }
        });
    }

    /** The text of the button that closes without acting, when "Hủy" would read as the action (cancelling). */
    public void setDismissText(String text) {
        dismiss.setText(text);
    }

    public TextArea comment() {
        return comment;
    }

    private void run(Action action) {
        try {
            action.apply(comment.getValue());
            close();
        } catch (InvalidInputException refused) {
            InvalidInputException.FieldError error = refused.errors().get(0);
            comment.setErrorMessage(getTranslation(error.messageKey(), error.arguments()));
            comment.setInvalid(true);
            comment.focus();
        } finally {
            confirm.setEnabled(true);
        }
    }
}
