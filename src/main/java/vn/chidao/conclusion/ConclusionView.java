package vn.chidao.conclusion;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;
import vn.chidao.document.DocumentService;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;
import vn.chidao.security.UserService;

/**
 * One conclusion notice: its header, its directives and, once issued, how each unit stands on them, and its
 * history. The secretariat edits and submits drafts here, and cancels or closes issued directives; a leader
 * approves or rejects what awaits approval.
 */
@Route("conclusions/:id([0-9]+)")
@RolesAllowed({"SECRETARIAT", "LEADER", "UNIT_HEAD", "FOCAL_POINT", "ADMIN"})
class ConclusionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConclusionService conclusions;
    private final CurrentUser user;
    private final Messages messages;
    private final Map<String, UnitDto> units;
    private final DirectiveEnding ending;
    private final UserService users;
    private final ConclusionFiles files;
    private final DocumentService documents;
    private ConclusionDetail detail;

    ConclusionView(ConclusionService conclusions, OrganisationService organisation, DirectiveEnding ending,
                   UserService users, CurrentUser user, Messages messages, ConclusionFiles files,
                   DocumentService documents) {
        this.files = files;
        this.documents = documents;
        this.users = users;
        this.conclusions = conclusions;
        this.ending = ending;
        this.user = user;
        this.messages = messages;
        this.units = organisation.units(user.actor(), true).stream()
                .collect(Collectors.toMap(UnitDto::code, Function.identity()));
        addClassName("chidao-conclusion");
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            show(conclusions.get(user.actor(), id));
        } catch (DomainException e) {
            removeAll();
            Paragraph why = new Paragraph(Feedback.describe(messages, e));
            why.setId("conclusion-error");
            add(why);
        }
    }

    private void show(ConclusionDetail shown) {
        detail = shown;
        removeAll();
        add(header(), actions(), new H2(getTranslation("conclusion.directives", shown.directives().size())));
        boolean issued = shown.status() == ConclusionStatus.ISSUED;
        DirectiveSummary.Ending ending = user.actor().has(Role.SECRETARIAT) ? endingActions() : null;
        shown.directives().forEach(d -> add(new DirectiveSummary(d, issued, this::unitLabel, ending)));
        add(new NoticeFiles(shown, user.actor(), files, documents, messages,
                () -> show(conclusions.get(user.actor(), shown.id()))));
        add(new H2(getTranslation("conclusion.history")), new HistoryTimeline(shown.history(),
                users.displayNames(HistoryEntry.people(shown.history()))));
    }

    private Div header() {
        Span number = new Span(detail.number() != null ? getTranslation("conclusion.number", detail.number())
                : detail.draftNumber() != null ? getTranslation("conclusion.draftNumber", detail.draftNumber())
                : getTranslation("conclusion.noNumber"));
        number.addClassName("chidao-conclusion-number");
        number.setId("conclusion-number");
        Span status = Badges.status(detail.status());
        status.setId("conclusion-status");
        HorizontalLayout top = new HorizontalLayout(number, status);
        top.setAlignItems(Alignment.CENTER);
        if (detail.issuedDate() != null) {
            Span issued = new Span(getTranslation("conclusion.issuedOn", Dates.format(detail.issuedDate())));
            issued.addClassName("chidao-conclusion-muted");
            top.add(issued);
        }
        H2 title = new H2(detail.title());
        title.addClassName("chidao-conclusion-title");
        Div meta = new Div(new Span(detail.committee()),
                new Span(getTranslation("conclusion.meetingOn", Dates.format(detail.meetingDate()))));
        meta.addClassName("chidao-conclusion-meta");
        Div card = new Div(top, title, meta);
        card.addClassName("chidao-conclusion-header");
        return card;
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("chidao-conclusion-actions");
        Actor actor = user.actor();
        if (detail.status() == ConclusionStatus.DRAFT && actor.has(Role.SECRETARIAT)) {
            Button submit = new Button(getTranslation("editor.submit"), VaadinIcon.PAPERPLANE.create(),
                    e -> confirmSubmit());
            submit.setId("submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button edit = new Button(getTranslation("conclusion.edit"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate("conclusions/" + detail.id() + "/edit"));
            edit.setId("edit");
            bar.add(submit, edit);
        }
        if (detail.status() == ConclusionStatus.AWAITING_APPROVAL && actor.has(Role.LEADER)) {
            Button approve = new Button(getTranslation("approve.confirm"), VaadinIcon.CHECK.create(),
                    e -> approveDialog(conclusions.get(actor, detail.id())).open());
            approve.setId("approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("reject.confirm"), VaadinIcon.REPLY.create(),
                    e -> new RejectDialog(messages, this::reject).open());
            reject.setId("reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(approve, reject);
        }
        bar.setVisible(bar.getComponentCount() > 0);
        return bar;
    }

    private ApproveDialog approveDialog(ConclusionDetail current) {
        return new ApproveDialog(messages, current.title(), current.proposedNumber(), current.draftIssuedDate(),
                this::approve);
    }

    private void confirmSubmit() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.submitTitle"),
                getTranslation("editor.submitText"), getTranslation("editor.submit"), e -> {
                    try {
                        show(conclusions.submit(user.actor(), detail.id()));
                        Feedback.success(getTranslation("editor.submitted"));
                    } catch (DomainException error) {
                        Feedback.refused(messages, error);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("conclusion.cancel"));
        confirm.open();
    }

    private void approve(String number) {
        show(conclusions.approve(user.actor(), detail.id(), number));
        Feedback.success(getTranslation("approve.done", detail.number()));
    }

    private void reject(String comment) {
        show(conclusions.reject(user.actor(), detail.id(), comment));
        Feedback.success(getTranslation("reject.done"));
    }

    /** Cancelling or closing a directive; a missing reason goes back to the dialog, other refusals show. */
    private DirectiveSummary.Ending endingActions() {
        return new DirectiveSummary.Ending() {
            @Override
            public void cancel(long directiveId, String reason) {
                end(() -> ending.cancel(user.actor(), directiveId, reason), "conclusion.cancelled");
            }

            @Override
            public void close(long directiveId) {
                end(() -> ending.close(user.actor(), directiveId, null), "conclusion.closed");
            }
        };
    }

    private void end(Supplier<ConclusionDetail> action, String successKey) {
        try {
            show(action.get());
            Feedback.success(getTranslation(successKey));
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
            show(conclusions.get(user.actor(), detail.id()));
        }
    }

    private String unitLabel(String code) {
        UnitDto unit = units.get(code);
        return unit == null ? code : unit.label();
    }

    @Override
    public String getPageTitle() {
        return detail == null || detail.number() == null ? getTranslation("conclusion.pageTitle")
                : getTranslation("conclusion.pageTitleNumber", detail.number());
    }
}
