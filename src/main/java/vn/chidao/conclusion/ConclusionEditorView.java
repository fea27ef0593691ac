package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import vn.chidao.indicator.IndicatorService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
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
import vn.chidao.base.ui.Confirm;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.conclusion.parse.NoticeParseService;
import vn.chidao.conclusion.parse.ParsedNotice;
import vn.chidao.document.DocumentService;
import vn.chidao.document.IncomingFile;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.security.UserService;

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
    private final ConclusionFiles files;
    private final DocumentService documents;
    private final CurrentUser user;
    private final Messages messages;
    private final List<UnitDto> units;

    final ConclusionHeaderForm header;
    final Button addDirective = new Button(VaadinIcon.PLUS.create());
    final Button importNotice = new Button(VaadinIcon.FILE_TEXT_O.create());
    final Paragraph parsedHeader = new Paragraph();
    final Paragraph parsedSource = new Paragraph();

    private final DirectiveList directives;
    private Long conclusionId;
    private boolean editing;
    /** The notice the form was read from, attached with the next save; null when none (pasted, or refused). */
    private IncomingFile source;

    ConclusionEditorView(ConclusionService conclusions, OrganisationService organisation, UserService users,
                         NoticeParseService parser, CurrentUser user, Messages messages, ConclusionFiles files,
                         DocumentService documents, IndicatorService indicators) {
        this.conclusions = conclusions;
        this.files = files;
        this.documents = documents;
        this.user = user;
        this.messages = messages;
        this.units = organisation.units(user.actor());
        addClassName("chidao-editor");
        header = new ConclusionHeaderForm(conclusions.committees(user.actor()), users.leaders(user.actor()));
        directives = new DirectiveList(units, indicators.main(), this::addDirective);
        addDirective.setText(getTranslation("editor.addDirective"));
        addDirective.setId("add-directive");
        addDirective.addClickListener(e -> addDirective());
        Paragraph keys = new Paragraph(getTranslation("editor.directivesHint"));
        keys.addClassName("chidao-conclusion-muted");
        importNotice.setText(getTranslation("parse.open"));
        importNotice.setId("parse-notice");
        importNotice.addClickListener(e -> new NoticeImportDialog(parser, user.actor(), messages, this::fill).open());
        parsedHeader.setId("parsed-header");
        parsedHeader.addClassName("chidao-conclusion-muted");
        parsedHeader.setVisible(false);
        parsedSource.setId("parsed-source");
        parsedSource.addClassName("chidao-conclusion-muted");
        parsedSource.setVisible(false);
        add(importNotice, parsedHeader, parsedSource, header, new H2(getTranslation("editor.directives")), keys, directives, addDirective,
                new EditorActions(this::saveClicked, this::confirmSubmit));
    }

    private void addDirective() {
        directives.add(new DirectiveForm()).content.focus();
    }

    /** Saves; a new draft then opens as the draft it now is. */
    private void saveClicked() {
        boolean created = conclusionId == null;
        boolean split = directives.anySeparately();
        save().ifPresent(id -> {
            if (!split) {
                Feedback.success(getTranslation("editor.saved"));
            }
            if (created) {
                UI.getCurrent().navigate("conclusions/" + id + "/edit");
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        editing = id.isPresent();
        if (id.isEmpty()) {
            directives.add(new DirectiveForm());
            header.committee.focus();
            return;
        }
        try {
            ConclusionDetail detail = conclusions.get(user.actor(), id.get());
            if (detail.status() == ConclusionStatus.DRAFT) {
                load(detail);
            } else {
                showInstead(getTranslation("editor.notDraft", getTranslation("status." + detail.status().name())),
                        "conclusions/" + detail.id(), "editor.openConclusion");
            }
        } catch (DomainException e) {
            Feedback.refused(messages, e);
            showInstead(Feedback.describe(messages, e), "conclusions", "editor.backToList");
        }
    }

    private void showInstead(String why, String link, String linkKey) {
        removeAll();
        Paragraph text = new Paragraph(why);
        text.setId("not-editable");
        add(text, new Anchor(link, getTranslation(linkKey)));
    }

    private void load(ConclusionDetail detail) {
        conclusionId = detail.id();
        header.load(detail);
        directives.replaceAll(formsOf(detail));
        header.committee.focus();
    }

    /**
     * Fills the form with a notice read by the parser (replacing what it held), each field showing its source and
     * the unsure ones marked; nothing is saved until the user saves.
     */
    void fill(ParsedNotice parsed) {
        fill(parsed, null);
    }

    /**
     * {@link #fill(ParsedNotice)}, and the uploaded notice ({@code file}, null for pasted text) kept to attach to the
     * draft as its source with the next save, when the documents take its type (a .txt they do not: it is not kept).
     */
    void fill(ParsedNotice parsed, IncomingFile file) {
        DomainException refused = file == null ? null : documents.refusal(file);
        source = refused == null ? file : null;
        parsedSource.setVisible(file != null);
        if (file != null) {
            parsedSource.setText(refused == null ? getTranslation("parse.kept", file.name())
                    : getTranslation("parse.notKept", file.name(), Feedback.describe(messages, refused)));
        }
        ConclusionDraft draft = parsed.draft();
        header.propose(draft);
        Map<String, UnitDto> byCode = units.stream().collect(Collectors.toMap(UnitDto::code, Function.identity()));
        directives.replaceAll(draft.directives().stream().map(d -> DirectiveForm.of(d, byCode)).toList());
        ParsedMarks.show(parsed.fields(), header, directives);
        boolean numbered = parsed.number() != null || parsed.issuedDate() != null;
        parsedHeader.setVisible(numbered);
        if (numbered) {
            parsedHeader.setText(getTranslation("parse.header", parsed.number() == null ? "…" : parsed.number(),
                    parsed.issuedDate() == null ? "…" : vn.chidao.base.time.Dates.format(parsed.issuedDate())));
        }
        Feedback.success(getTranslation("parse.filled", draft.directives().size()));
    }

    private List<DirectiveForm> formsOf(ConclusionDetail detail) {
        Map<String, UnitDto> byCode = units.stream().collect(Collectors.toMap(UnitDto::code, Function.identity()));
        return detail.directives().stream().map(d -> DirectiveForm.of(d, byCode)).toList();
    }

    /** Validates on the client side first, then asks whether to submit, then saves and submits. */
    private void confirmSubmit() {
        if (validate()) {
            Confirm.ask(getTranslation("editor.submitTitle"), getTranslation("editor.submitText"),
                    getTranslation("editor.submit"), this::saveAndSubmit);
        }
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
        boolean separately = directives.anySeparately();
        ConclusionDraft draft = header.toDraft(directives.drafts());
        try {
            ConclusionDetail saved = conclusionId == null ? files.create(user.actor(), draft, source)
                    : files.update(user.actor(), conclusionId, draft, source);
            conclusionId = saved.id();
            source = null;
            parsedSource.setVisible(false);
            if (separately) {
                // A card given separately is one directive per unit from now on: show them as saved.
                directives.replaceAll(formsOf(saved));
                Feedback.success(getTranslation("editor.savedSeparately", saved.directives().size()));
            }
            return Optional.of(saved.id());
        } catch (InvalidInputException e) {
            FieldErrors.show(messages, e, this::fieldAt);
        } catch (DomainException e) {
            Feedback.refused(messages, e);
        }
        return Optional.empty();
    }

    private boolean validate() {
        boolean valid = header.validate() & directives.validate();
        if (directives.isEmpty()) {
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
        Matcher m = DIRECTIVE_PATH.matcher(path);
        return m.matches() ? directives.field(Integer.parseInt(m.group(1)), m.group(2)) : header.field(path);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing ? "editor.titleEdit" : "editor.titleNew");
    }
}
