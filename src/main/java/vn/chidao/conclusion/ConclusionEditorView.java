package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * The secretariat drafts a conclusion notice: committee, meeting date, title and its directives. Saves the
 * draft, or saves and submits it to the leaders. Only drafts can be edited.
 */
@Route("conclusions/new")
@RouteAlias("conclusions/:id([0-9]+)/edit")
@RolesAllowed("SECRETARIAT")
class ConclusionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Pattern DIRECTIVE_PATH = Pattern.compile("directives\\[(\\d+)]\\.(\\w+)");

    private final ConclusionService conclusions;
    private final CurrentUser user;
    private final Messages messages;
    private final List<UnitDto> units;

    final ComboBox<String> committee = new ComboBox<>();
    final DatePicker meetingDate;
    final TextArea title = new TextArea();
    final Button addDirective = new Button(VaadinIcon.PLUS.create());
    final Button save = new Button(VaadinIcon.CHECK.create());
    final Button submit = new Button(VaadinIcon.PAPERPLANE.create());

    private final BeanValidationBinder<ConclusionForm> binder = new BeanValidationBinder<>(ConclusionForm.class);
    private final List<DirectiveCard> cards = new ArrayList<>();
    private final Div directiveList = new Div();
    private final List<String> committees;
    private Long conclusionId;
    private boolean editing;

    ConclusionEditorView(ConclusionService conclusions, OrganisationService organisation, CurrentUser user,
                         Messages messages) {
        this.conclusions = conclusions;
        this.user = user;
        this.messages = messages;
        this.units = organisation.units(user.actor());
        this.committees = new ArrayList<>(conclusions.committees(user.actor()));
        addClassName("chidao-editor");
        meetingDate = DatePickers.create(getTranslation("editor.meetingDate"));
        configureHeader();
        binder.setBean(new ConclusionForm());
        directiveList.addClassName("chidao-directive-list");
        addDirective.setText(getTranslation("editor.addDirective"));
        addDirective.setId("add-directive");
        addDirective.addClickListener(e -> addCard(new DirectiveForm()).content.focus());
        add(headerForm(), new H2(getTranslation("editor.directives")), directiveList, addDirective, actions());
    }

    private void configureHeader() {
        committee.setLabel(getTranslation("editor.committee"));
        committee.setId("committee");
        committee.setItems(committees);
        committee.setAllowCustomValue(true);
        committee.setHelperText(getTranslation("editor.committeeHint"));
        committee.addCustomValueSetListener(e -> {
            String name = e.getDetail().trim();
            if (!name.isEmpty() && !committees.contains(name)) {
                committees.add(name);
                committee.setItems(committees);
            }
            committee.setValue(name.isEmpty() ? null : name);
        });
        committee.setRequiredIndicatorVisible(true);
        meetingDate.setId("meeting-date");
        meetingDate.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("editor.title"));
        title.setId("title");
        title.setPlaceholder(getTranslation("editor.titleHint"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(500);
        binder.forField(committee).bind("committee");
        binder.forField(meetingDate).bind("meetingDate");
        binder.forField(title).bind("title");
    }

    private FormLayout headerForm() {
        FormLayout form = new FormLayout(committee, meetingDate, title);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        form.setColspan(committee, 2);
        form.setColspan(title, 3);
        form.addClassName("chidao-editor-header");
        return form;
    }

    private HorizontalLayout actions() {
        save.setText(getTranslation("editor.save"));
        save.setId("save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                boolean created = conclusionId == null;
                save().ifPresent(id -> {
                    Feedback.success(getTranslation("editor.saved"));
                    if (created) {
                        UI.getCurrent().navigate("conclusions/" + id + "/edit");
                    }
                });
            } finally {
                save.setEnabled(true);
            }
        });
        submit.setText(getTranslation("editor.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        Anchor cancel = new Anchor("conclusions", getTranslation("editor.cancel"));
        cancel.setId("cancel");
        HorizontalLayout bar = new HorizontalLayout(submit, save, cancel);
        bar.setAlignItems(Alignment.CENTER);
        bar.addClassName("chidao-editor-actions");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        editing = id.isPresent();
        if (id.isEmpty()) {
            addCard(new DirectiveForm());
            return;
        }
        try {
            ConclusionDetail detail = conclusions.get(user.actor(), id.get());
            if (detail.status() != ConclusionStatus.DRAFT) {
                showNotEditable(detail);
                return;
            }
            load(detail);
        } catch (DomainException e) {
            Feedback.refused(messages, e);
            removeAll();
            add(new Paragraph(Feedback.describe(messages, e)), new Anchor("conclusions", getTranslation("editor.backToList")));
        }
    }

    private void load(ConclusionDetail detail) {
        conclusionId = detail.id();
        if (!committees.contains(detail.committee())) {
            committees.add(detail.committee());
            committee.setItems(committees);
        }
        ConclusionForm form = new ConclusionForm();
        form.setCommittee(detail.committee());
        form.setMeetingDate(detail.meetingDate());
        form.setTitle(detail.title());
        binder.setBean(form);
        Map<String, UnitDto> byCode = units.stream().collect(Collectors.toMap(UnitDto::code, Function.identity()));
        for (ConclusionDetail.DirectiveDetail d : detail.directives()) {
            DirectiveForm directive = new DirectiveForm();
            directive.setContent(d.content());
            directive.setLeadUnit(byCode.get(d.leadUnit()));
            directive.setCoordinatingUnits(d.coordinatingUnits().stream().map(byCode::get)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)));
            directive.setDeadline(d.deadline());
            directive.setOngoing(d.ongoing());
            directive.setLeaderSignOff(d.leaderSignOff());
            addCard(directive);
        }
    }

    private void showNotEditable(ConclusionDetail detail) {
        removeAll();
        Paragraph why = new Paragraph(getTranslation("editor.notDraft", getTranslation("status." + detail.status().name())));
        why.setId("not-editable");
        add(why, new Anchor("conclusions/" + detail.id(), getTranslation("editor.openConclusion")));
    }

    private DirectiveCard addCard(DirectiveForm form) {
        DirectiveCard card = new DirectiveCard(units, form, new DirectiveCard.Actions() {
            @Override
            public void moveUp(DirectiveCard c) {
                move(c, -1);
            }

            @Override
            public void moveDown(DirectiveCard c) {
                move(c, 1);
            }

            @Override
            public void remove(DirectiveCard c) {
                confirmRemove(c);
            }
        });
        cards.add(card);
        renumber();
        return card;
    }

    private void move(DirectiveCard card, int by) {
        int from = cards.indexOf(card);
        int to = from + by;
        if (to < 0 || to >= cards.size()) {
            return;
        }
        cards.remove(from);
        cards.add(to, card);
        renumber();
    }

    private void confirmRemove(DirectiveCard card) {
        if (card.isBlank()) {
            removeCard(card);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.removeTitle"),
                getTranslation("editor.removeText", cards.indexOf(card) + 1), getTranslation("editor.remove"),
                e -> removeCard(card));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void removeCard(DirectiveCard card) {
        cards.remove(card);
        renumber();
    }

    private void renumber() {
        directiveList.removeAll();
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).place(i, cards.size());
            directiveList.add(cards.get(i));
        }
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("editor.noDirectives"));
            empty.addClassName("chidao-empty");
            directiveList.add(empty);
        }
    }

    /** Validates on the client side first, then asks whether to submit, then saves and submits. */
    private void confirmSubmit() {
        if (!validate()) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.submitTitle"),
                getTranslation("editor.submitText"), getTranslation("editor.submit"), e -> saveAndSubmit());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.cancel"));
        confirm.open();
    }

    private void saveAndSubmit() {
        save().ifPresent(id -> {
            try {
                conclusions.submit(user.actor(), id);
                Feedback.success(getTranslation("editor.submitted"));
                UI.getCurrent().navigate("conclusions/" + id);
            } catch (DomainException e) {
                Feedback.refused(messages, e);
            }
        });
    }

    /** Creates or updates the draft; empty if it was not valid or the service refused (the form then shows why). */
    private Optional<Long> save() {
        if (!validate()) {
            return Optional.empty();
        }
        ConclusionForm form = binder.getBean();
        ConclusionDraft draft = new ConclusionDraft(form.getCommittee().trim(), form.getMeetingDate(),
                form.getTitle().trim(), cards.stream().map(DirectiveCard::toDraft).toList());
        try {
            ConclusionDetail saved = conclusionId == null ? conclusions.create(user.actor(), draft)
                    : conclusions.update(user.actor(), conclusionId, draft);
            conclusionId = saved.id();
            return Optional.of(saved.id());
        } catch (InvalidInputException e) {
            FieldErrors.show(messages, e, this::fieldAt);
        } catch (DomainException e) {
            Feedback.refused(messages, e);
        }
        return Optional.empty();
    }

    private boolean validate() {
        boolean valid = binder.validate().isOk();
        for (DirectiveCard card : cards) {
            valid &= card.validate();
        }
        if (cards.isEmpty()) {
            Feedback.error(getTranslation("editor.noDirectives"));
            return false;
        }
        if (!valid) {
            Feedback.error(getTranslation("editor.fixErrors"));
        }
        return valid;
    }

    /** The field for a path of the service's errors, such as {@code meetingDate} or {@code directives[2].leadUnit}. */
    HasValidation fieldAt(String path) {
        switch (path) {
            case "committee":
                return committee;
            case "meetingDate":
                return meetingDate;
            case "title":
                return title;
            default:
                Matcher m = DIRECTIVE_PATH.matcher(path);
                if (m.matches() && Integer.parseInt(m.group(1)) < cards.size()) {
                    return cards.get(Integer.parseInt(m.group(1))).field(m.group(2));
                }
                return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing ? "editor.titleEdit" : "editor.titleNew");
    }
}
