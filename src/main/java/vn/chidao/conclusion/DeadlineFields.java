package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.conclusion.DirectiveForm.DeadlineKind;

/**
 * A directive's deadline in the editor: a specific day (Ngày cụ thể), N working days from the issue date (Số ngày
 * làm việc) or none (Thường xuyên, with its reporting period); and how many working days before it reminders go
 * out. Only the fields of the chosen kind show, and only they are required.
 */
class DeadlineFields extends Div {

    final RadioButtonGroup<DeadlineKind> kind = new RadioButtonGroup<>();
    final DatePicker deadline;
    final IntegerField workingDays = new IntegerField();
    final Select<String> reportEvery = new Select<>();
    final IntegerField reminderDays = new IntegerField();

    DeadlineFields(BeanValidationBinder<DirectiveForm> binder, DirectiveForm form) {
        addClassName("chidao-deadline-box");
        kind.setLabel(getTranslation("editor.directive.deadlineKind"));
        kind.setItems(DeadlineKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("editor.directive.deadlineKind." + k.name()));
        deadline = DatePickers.create(getTranslation("editor.directive.deadline"));
        workingDays.setLabel(getTranslation("editor.directive.workingDays"));
        workingDays.setHelperText(getTranslation("editor.directive.workingDaysHint"));
        workingDays.setSuffixComponent(new Span(getTranslation("editor.directive.days")));
        limit(workingDays, 1, 365, "error.workingDays");
        reportEvery.setLabel(getTranslation("editor.directive.reportEvery"));
        reportEvery.setItems(periods(form.getReportEvery()));
        reportEvery.setItemLabelGenerator(this::periodLabel);
        reminderDays.setLabel(getTranslation("editor.directive.reminderDays"));
        reminderDays.setHelperText(getTranslation("editor.directive.reminderDaysHint"));
        reminderDays.setTooltipText(getTranslation("editor.directive.reminderDaysTooltip"));
        reminderDays.setSuffixComponent(new Span(getTranslation("editor.directive.days")));
        limit(reminderDays, 0, 30, "error.reminderDays");
        String required = getTranslation("error.required");
        binder.forField(kind).asRequired(required).bind("deadlineKind");
        binder.forField(deadline).withValidator(day -> chosen() != DeadlineKind.DATE || day != null, required)
                .bind("deadline");
        binder.forField(workingDays).withValidator(n -> chosen() != DeadlineKind.WORKING_DAYS || n != null, required)
                .bind("deadlineWorkingDays");
        binder.forField(reportEvery).bind("reportEvery");
        binder.forField(reminderDays).asRequired(required).bind("reminderDays");
        // Only the field of the chosen kind shows, and it is always required (the period has no empty choice).
        deadline.setRequiredIndicatorVisible(true);
        workingDays.setRequiredIndicatorVisible(true);
        reportEvery.setRequiredIndicatorVisible(true);
        kind.addValueChangeListener(e -> show());
        Div which = new Div(deadline, workingDays, reportEvery);
        which.addClassName("chidao-deadline-value");
        add(kind, which, reminderDays);
    }

    /** Bounds the field (its step buttons stop there) and says so in the service's words when a typed number is out. */
    private void limit(IntegerField field, int min, int max, String messageKey) {
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        String outside = getTranslation(messageKey);
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(outside).setMaxErrorMessage(outside)
                .setBadInputErrorMessage(outside));
    }

    /** Shows the fields of the chosen kind (the binder has set it by now) and clears the others' errors. */
    void show() {
        DeadlineKind chosen = chosen();
        deadline.setVisible(chosen == DeadlineKind.DATE);
        workingDays.setVisible(chosen == DeadlineKind.WORKING_DAYS);
        reportEvery.setVisible(chosen == DeadlineKind.ONGOING);
        for (HasValidation field : List.<HasValidation>of(deadline, workingDays, reportEvery)) {
            field.setInvalid(false);
        }
    }

    private DeadlineKind chosen() {
        return kind.getValue() == null ? DeadlineKind.DATE : kind.getValue();
    }

    /** The editor's four choices, and a saved period that is none of them (such as P2W from the API). */
    private static List<String> periods(String saved) {
        List<String> periods = new ArrayList<>(Arrays.stream(ReportPeriod.values()).map(ReportPeriod::iso).toList());
        if (saved != null && !periods.contains(saved)) {
            periods.add(saved);
        }
        return periods;
    }

    /** "Hằng tháng": the period's name only, never its ISO code. */
    private String periodLabel(String iso) {
        return ReportPeriod.name(iso, this::getTranslation);
    }

    void place(String prefix) {
        kind.setId(prefix + "deadline-kind");
        deadline.setId(prefix + "deadline");
        workingDays.setId(prefix + "working-days");
        reportEvery.setId(prefix + "report-every");
        reminderDays.setId(prefix + "reminder-days");
    }

    /** The field that shows the service's errors on a deadline property: the one of the chosen kind. */
    HasValidation field(String property) {
        return switch (property) {
            case "deadline", "ongoing" -> chosen() == DeadlineKind.WORKING_DAYS ? workingDays : deadline;
            case "deadlineWorkingDays" -> workingDays;
            case "reportEvery" -> reportEvery;
            case "reminderDays" -> reminderDays;
            default -> null;
        };
    }
}
