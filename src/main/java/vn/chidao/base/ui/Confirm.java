package vn.chidao.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** A yes/no question before an action that cannot be undone (acknowledging, submitting, accepting). */
public final class Confirm {

    private Confirm() {
    }

    /** Opens the question; {@code onConfirm} runs only if the user confirms. */
    public static ConfirmDialog ask(String header, String text, String confirmText, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("action.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
