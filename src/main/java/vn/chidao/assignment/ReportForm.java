package vn.chidao.assignment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import vn.chidao.base.ui.Confirm;

/** The completion report: required text with a character counter, sent after a confirmation. */
class ReportForm extends VerticalLayout {

    final TextArea report = new TextArea();
    final Button submit = new Button();
    private final BeanValidationBinder<ReportInput> binder = new BeanValidationBinder<>(ReportInput.class);

    ReportForm(SerializableConsumer<CompletionReport> onSubmit) {
        setPadding(false);
        addClassName("chidao-report-form");
        report.setLabel(getTranslation("assignment.report.label"));
        report.setId("report-text");
        report.setWidthFull();
        report.setMinHeight("9rem");
        report.setMaxLength(ReportInput.MAX_LENGTH);
        report.setPlaceholder(getTranslation("assignment.report.placeholder"));
        report.setValueChangeMode(ValueChangeMode.LAZY);
        report.addValueChangeListener(e -> count());
        count();
        submit.setText(getTranslation("assignment.report.submit"));
        submit.setIcon(VaadinIcon.PAPERPLANE.create());
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            ReportInput input = new ReportInput();
            if (binder.writeBeanIfValid(input)) {
                Confirm.ask(getTranslation("assignment.report.confirm.header"),
                        getTranslation("assignment.report.confirm.text"), getTranslation("assignment.report.submit"),
                        () -> onSubmit.accept(input.toReport()));
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
