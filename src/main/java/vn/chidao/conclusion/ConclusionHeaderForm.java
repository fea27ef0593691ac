package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.security.UserDto;

/**
 * The editor's header: the committee (picked or typed), its chair (one of the government's leaders, optional:
 * overdue tasks are then escalated to the chair alone), the meeting date and the title; the number and issue date of
 * the notice when the draft is read from a signed one (offered at approval).
 */
class ConclusionHeaderForm extends FormLayout {

    final ComboBox<String> committee = new ComboBox<>();
    final DatePicker meetingDate;
    final TextArea title = new TextArea();
    final ComboBox<UserDto> chair = new ComboBox<>();
    final TextField number = new TextField();
    final DatePicker issuedDate;

    private final List<String> committees;
    private final List<UserDto> leaders;
    private final BeanValidationBinder<ConclusionForm> binder = new BeanValidationBinder<>(ConclusionForm.class);

    ConclusionHeaderForm(List<String> committees, List<UserDto> leaders) {
        this.committees = new ArrayList<>(committees);
        this.leaders = List.copyOf(leaders);
        addClassName("chidao-editor-header");
        meetingDate = DatePickers.create(getTranslation("editor.meetingDate"));
        meetingDate.setId("meeting-date");
        committee.setLabel(getTranslation("editor.committee"));
        committee.setId("committee");
        committee.setItems(this.committees);
        committee.setAllowCustomValue(true);
        committee.setHelperText(getTranslation("editor.committeeHint"));
        committee.addCustomValueSetListener(e -> choose(e.getDetail().trim()));
        chair.setLabel(getTranslation("editor.chair"));
        chair.setId("committee-chair");
        chair.setItems(this.leaders);
        chair.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        chair.setClearButtonVisible(true);
        chair.setPlaceholder(getTranslation("editor.chairNone"));
        chair.setHelperText(getTranslation("editor.chairHint"));
        title.setLabel(getTranslation("editor.title"));
        title.setId("title");
        title.setPlaceholder(getTranslation("editor.titleHint"));
        title.setMaxLength(500);
        number.setLabel(getTranslation("editor.number"));
        number.setId("draft-number");
        number.setMaxLength(NoticeNumber.MAX_LENGTH);
        number.setClearButtonVisible(true);
        number.setHelperText(getTranslation("editor.numberHint"));
        issuedDate = DatePickers.create(getTranslation("editor.issuedDate"));
        issuedDate.setId("draft-issued-date");
        issuedDate.setClearButtonVisible(true);
        String required = getTranslation("error.required");
        binder.forField(committee).asRequired(required).bind("committee");
        binder.forField(meetingDate).asRequired(required).bind("meetingDate");
        binder.forField(title).asRequired(required).bind("title");
        binder.forField(chair).bind("committeeChair");
        binder.forField(number).bind("number");
        binder.forField(issuedDate).bind("issuedDate");
        binder.setBean(new ConclusionForm());
        add(committee, meetingDate, chair, title, number, issuedDate);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 3));
        setColspan(committee, 2);
        setColspan(chair, 3);
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
        show(detail.toDraft());
    }

    /** A proposed header (a notice read by {@code conclusion.parse}): a committee not yet known becomes a choice. */
    void propose(ConclusionDraft draft) {
        show(draft);
    }

    private void show(ConclusionDraft draft) {
        String committeeName = draft.committee();
        String chairUsername = draft.committeeChair();
        if (committeeName != null && !committees.contains(committeeName)) {
            committees.add(committeeName);
            committee.setItems(committees);
        }
        ConclusionForm form = new ConclusionForm();
        form.setCommittee(committeeName);
        form.setMeetingDate(draft.meetingDate());
        form.setTitle(draft.title());
        form.setNumber(draft.number());
        form.setIssuedDate(draft.issuedDate());
        form.setCommitteeChair(leaders.stream().filter(u -> u.username().equals(chairUsername))
                .findFirst().orElse(null));
        binder.setBean(form);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    ConclusionDraft toDraft(List<DirectiveDraft> directives) {
        ConclusionForm form = binder.getBean();
        return new ConclusionDraft(form.getCommittee().trim(), form.getMeetingDate(), form.getTitle().trim(),
                directives, form.getCommitteeChair() == null ? null : form.getCommitteeChair().username(),
                form.getNumber(), form.getIssuedDate());
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
            case "committeeChair":
                return chair;
            case "number":
                return number;
            case "issuedDate":
                return issuedDate;
            default:
                return null;
        }
    }
}
