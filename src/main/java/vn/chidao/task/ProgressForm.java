package vn.chidao.task;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import vn.chidao.assignment.ProgressUpdate;
import vn.chidao.document.AttachmentField;

/** How far the unit is: a percentage (0-100) and a note, checked by the same rules as the service. */
class ProgressForm extends FormLayout {

    final IntegerField percent = new IntegerField();
    final TextArea note = new TextArea();
    final Button save = new Button();
    private final BeanValidationBinder<ProgressInput> binder = new BeanValidationBinder<>(ProgressInput.class);

    /** @param files what the update sends with it, read by {@code onSave} itself */
    ProgressForm(int currentPercent, AttachmentField files, SerializableConsumer<ProgressUpdate> onSave) {
        addClassName("chidao-progress-form");
        percent.setLabel(getTranslation("assignment.progress.percent"));
        percent.setId("progress-percent");
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new Span("%"));
        percent.setWidth("11rem");
        note.setLabel(getTranslation("assignment.progress.note"));
        note.setId("progress-note");
        note.setMaxLength(4000);
        note.setPlaceholder(getTranslation("assignment.progress.notePlaceholder"));
        save.setText(getTranslation("assignment.progress.save"));
        save.setId("progress-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(percent);
        save.addClickListener(e -> {
            ProgressInput input = new ProgressInput();
            if (binder.writeBeanIfValid(input)) {
                onSave.accept(input.toUpdate());
            }
        });

        binder.bindInstanceFields(this);
        ProgressInput current = new ProgressInput();
        current.setPercent(currentPercent);
        binder.readBean(current);

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28rem", 4));
        add(percent, 1);
        add(note, 3);
        add(files, 4);
        Div actions = new Div(save);
        actions.addClassName("chidao-button-row");
        add(actions, 4);
    }
}
