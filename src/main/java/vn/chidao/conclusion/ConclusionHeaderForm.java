package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import vn.chidao.base.ui.DatePickers;

/** The editor's header: the committee (picked or typed), the meeting date and the title. */
class ConclusionHeaderForm extends FormLayout {

    final ComboBox<String> committee = new ComboBox<>();
    final DatePicker meetingDate;
    final TextArea title = new TextArea();

    private final List<String> committees;
    private final BeanValidationBinder<ConclusionForm> binder = new BeanValidationBinder<>(ConclusionForm.class);

    ConclusionHeaderForm(List<String> committees) {
        this.committees = new ArrayList<>(committees);
        addClassName("chidao-editor-header");
        meetingDate = DatePickers.create(getTranslation("editor.meetingDate"));
        meetingDate.setId("meeting-date");
        committee.setLabel(getTranslation("editor.committee"));
        committee.setId("committee");
        committee.setItems(this.committees);
        committee.setAllowCustomValue(true);
        committee.setHelperText(getTranslation("editor.committeeHint"));
        committee.addCustomValueSetListener(e -> choose(e.getDetail().trim()));
        title.setLabel(getTranslation("editor.title"));
        title.setId("title");
        title.setPlaceholder(getTranslation("editor.titleHint"));
        title.setMaxLength(500);
        String required = getTranslation("error.required");
        binder.forField(committee).asRequired(required).bind("committee");
        binder.forField(meetingDate).asRequired(required).bind("meetingDate");
        binder.forField(title).asRequired(required).bind("title");
        binder.setBean(new ConclusionForm());
        add(committee, meetingDate, title);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 3));
        setColspan(committee, 2);
        setColspan(title, 3);
    }

    /** A committee typed in becomes one of the choices (the service creates it with the draft). */
    private void choose(String name) {
        if (!name.isEmpty() && !committees.contains(name)) {
            committees.add(name);
            committee.setItems(committees);
        }
        committee.setValue(name.isEmpty() ? null : name);
    }

    void load(ConclusionDetail detail) {
        if (!committees.contains(detail.committee())) {
            committees.add(detail.committee());
            committee.setItems(committees);
        }
        ConclusionForm form = new ConclusionForm();
        form.setCommittee(detail.committee());
        form.setMeetingDate(detail.meetingDate());
        form.setTitle(detail.title());
        binder.setBean(form);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    ConclusionDraft toDraft(List<DirectiveDraft> directives) {
        ConclusionForm form = binder.getBean();
        return new ConclusionDraft(form.getCommittee().trim(), form.getMeetingDate(), form.getTitle().trim(),
                directives);
    }

    /** The field that shows the service's errors on {@code property}, or null. */
    HasValidation field(String property) {
        switch (property) {
            case "committee":
                return committee;
            case "meetingDate":
                return meetingDate;
            case "title":
                return title;
            default:
                return null;
        }
    }
}
