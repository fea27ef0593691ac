package vn.chidao.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.ui.Confirm;
import vn.chidao.document.AttachmentField;
import vn.chidao.document.DocumentService;

/**
 * A text the unit sends and cannot take back, with a character counter, sent after a confirmation: the completion
 * report, the report of a period, or a coordinating unit's contribution. Its texts are {@code <keys>.label},
 * {@code .placeholder}, {@code .submit}, {@code .confirm.header} and {@code .confirm.text}; its fields' ids
 * {@code <id>-text} and {@code <id>-submit}. When sending withdraws something (a pending extension request), the
 * confirmation says so ({@code note}). The files sent with it come from {@code files}; when they are required (a
 * directive that requires evidence) the form says so before asking, and a file the service refuses shows there.
 */
class ReportForm extends VerticalLayout {

    /** The completion report and the periodic report share their ids: one of them at most is on a page. */
    static final String REPORT_ID = "report";

    final TextArea report = new TextArea();
    final Button submit = new Button();
    private final BeanValidationBinder<ReportInput> binder = new BeanValidationBinder<>(ReportInput.class);

    private final AttachmentField files;

    /**
     * @param note  what the confirmation adds to {@code <keys>.confirm.text}; null: nothing
     * @param files the step's files, sent by {@code onSubmit} itself
     */
    ReportForm(String keys, String id, String note, AttachmentField files, boolean filesRequired,
               SerializableConsumer<String> onSubmit) {
        this.files = files;
        setPadding(false);
        addClassName("chidao-report-form");
        report.setLabel(getTranslation(keys + ".label"));
        report.setId(id + "-text");
        report.setWidthFull();
        report.setMinHeight("9rem");
        report.setMaxLength(ReportInput.MAX_LENGTH);
        report.setPlaceholder(getTranslation(keys + ".placeholder"));
        report.setValueChangeMode(ValueChangeMode.LAZY);
        report.addValueChangeListener(e -> count());
        count();
        submit.setText(getTranslation(keys + ".submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.setId(id + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            ReportInput input = new ReportInput();
            if (binder.writeBeanIfValid(input) & files.check(filesRequired)) {
                String text = getTranslation(keys + ".confirm.text") + (note == null ? "" : " " + note);
                Confirm.ask(getTranslation(keys + ".confirm.header"), text, getTranslation(keys + ".submit"),
                        () -> send(input.getReport(), onSubmit));
            }
        });
        binder.bindInstanceFields(this);
        binder.readBean(new ReportInput());
        add(report, files, submit);
    }

    /** A refusal of the files shows on them; any other goes back to the page. */
    private void send(String text, SerializableConsumer<String> onSubmit) {
        try {
            onSubmit.accept(text);
        } catch (InvalidInputException refused) {
            InvalidInputException.FieldError onFiles = refused.errors().stream()
                    .filter(f -> DocumentService.FIELD.equals(f.field())).findFirst().orElseThrow(() -> refused);
            files.showRefusal(getTranslation(onFiles.messageKey(), onFiles.arguments()));
        }
    }

    private void count() {
        report.setHelperText(getTranslation("assignment.report.counter", report.getValue().length(), ReportInput.MAX_LENGTH));
    }
}
