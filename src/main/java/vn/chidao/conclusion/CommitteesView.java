package vn.chidao.conclusion;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;
import vn.chidao.organisation.NoticeSymbol;
import vn.chidao.organisation.OrganisationService;

/**
 * The government's steering committees (created with the notices that name them) and who issues their notices: the
 * government's office, or the committee itself under its own symbol and number series.
 */
@Route("committees")
@Menu(title = "menu.committees", icon = "vaadin:group", order = 25)
@RolesAllowed({"SECRETARIAT", "ADMIN"})
class CommitteesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CommitteeDto> grid = new Grid<>();

    private final ConclusionService conclusions;
    private final CurrentUser user;
    private final Messages messages;
    private final String governmentSymbol;

    CommitteesView(ConclusionService conclusions, OrganisationService organisation, CurrentUser user,
                   Messages messages) {
        this.conclusions = conclusions;
        this.user = user;
        this.messages = messages;
        Actor actor = user.actor();
        this.governmentSymbol = actor.governmentId() == null ? NoticeSymbol.DEFAULT
                : organisation.government(actor.governmentId()).noticeSymbol();
        setSizeFull();
        addClassName("chidao-admin");
        Paragraph intro = new Paragraph(getTranslation("committees.intro", governmentSymbol));
        intro.addClassName("chidao-conclusion-muted");
        grid.setId("committees");
        grid.addColumn(CommitteeDto::name).setHeader(getTranslation("committees.name")).setKey("name")
                .setFlexGrow(1);
        grid.addComponentColumn(this::symbol).setHeader(getTranslation("committees.noticeSymbol"))
                .setKey("noticeSymbol").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::editButton).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("committees.empty"));
        add(intro, grid);
        refresh();
    }

    private Span symbol(CommitteeDto committee) {
        if (committee.noticeSymbol() != null) {
            return new Span(committee.noticeSymbol());
        }
        Span government = new Span(getTranslation("committees.governmentSymbol", governmentSymbol));
        government.addClassName("chidao-conclusion-muted");
        return government;
    }

    private Component editButton(CommitteeDto committee) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new CommitteeDialog(messages, committee,
                governmentSymbol, change -> conclusions.changeCommittee(user.actor(), committee.id(), change),
                saved -> {
                    refresh();
                    Feedback.success(getTranslation("committees.saved", saved.name()));
                }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        String text = getTranslation("committees.edit", committee.name());
        edit.setAriaLabel(text);
        edit.setTooltipText(text);
        edit.setId("committee-edit-" + committee.id());
        return edit;
    }

    private void refresh() {
        grid.setItems(conclusions.committeeList(user.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.committees");
    }
}
