package vn.chidao.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import vn.chidao.assignment.CompletionReport;
import vn.chidao.base.ui.Confirm;

/**
 * A text the unit sends and cannot take back, with a character counter, sent after a confirmation: the completion
 * report, the report of a period, or a coordinating unit's contribution. Its texts are {@code <keys>.label},
 * {@code .placeholder}, {@code .submit}, {@code .confirm.header} and {@code .confirm.text}; its fields' ids
 * {@code <id>-text} and {@code <id>-submit}. When sending withdraws something (a pending extension request), the
 * confirmation says so ({@code note}).
 */
class ReportForm extends VerticalLayout {

    /** The completion report and the periodic report share their ids: one of them at most is on a page. */
    static final String REPORT_ID = "report";

    final TextArea report = new TextArea();
    final Button submit = new Button();
    private final BeanValidationBinder<ReportInput> binder = new BeanValidationBinder<>(ReportInput.class);

    /** The completion report. */
    ReportForm(String note, SerializableConsumer<CompletionReport> onSubmit) {
        this("assignment.report", REPORT_ID, note, text -> onSubmit.accept(new CompletionReport(text)));
    }

    /** @param note what the confirmation adds to {@code <keys>.confirm.text}; null: nothing */
    ReportForm(String keys, String id, String note, SerializableConsumer<String> onSubmit) {
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
            if (binder.writeBeanIfValid(input)) {
                String text = getTranslation(keys + ".confirm.text") + (note == null ? "" : " " + note);
                Confirm.ask(getTranslation(keys + ".confirm.header"), text, getTranslation(keys + ".submit"),
                        () -> onSubmit.accept(input.getReport()));
            }
        });
        binder.bindInstanceFields(this);
        binder.readBean(new ReportInput());
        add(report, submit);
    }

    private void count() {
        report.setHelperText(getTranslation("assignment.report.counter", report.getValue().length(), ReportInput.MAX_LENGTH));
    }
}
