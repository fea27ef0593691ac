package vn.chidao.conclusion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The editor's bar, kept at the bottom of the screen: submit to the leaders, save the draft, leave. Saving is
 * disabled while it runs, so a slow save cannot be started twice.
 */
class EditorActions extends HorizontalLayout {

    final Button save = new Button(VaadinIcon.CHECK.create());
    final Button submit = new Button(VaadinIcon.PAPERPLANE.create());

    EditorActions(SerializableRunnable onSave, SerializableRunnable onSubmit) {
        save.setText(getTranslation("editor.save"));
        save.setId("save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                onSave.run();
            } finally {
                save.setEnabled(true);
            }
        });
        submit.setText(getTranslation("editor.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> onSubmit.run());
        Anchor cancel = new Anchor("conclusions", getTranslation("editor.cancel"));
        cancel.setId("cancel");
        add(submit, save, cancel);
        setAlignItems(Alignment.CENTER);
        addClassName("chidao-editor-actions");
    }
}
