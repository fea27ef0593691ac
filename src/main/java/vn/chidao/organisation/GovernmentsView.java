package vn.chidao.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
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

/** The governments (provinces, cities) of the installation; its administrator adds new ones. */
@Route("admin/governments")
@Menu(title = "menu.governments", icon = "vaadin:institution", order = 90)
@RolesAllowed("ADMIN")
class GovernmentsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<GovernmentDto> grid = new Grid<>();

    private final OrganisationService organisation;
    private final CurrentUser user;

    GovernmentsView(OrganisationService organisation, CurrentUser user, Messages messages) {
        this.organisation = organisation;
        this.user = user;
        setSizeFull();
        addClassName("chidao-admin");
        Actor actor = user.actor();
        if (actor.isInstallationAdmin()) {
            Button create = new Button(getTranslation("governments.new"), VaadinIcon.PLUS.create(),
                    e -> new GovernmentDialog(messages, command -> organisation.createGovernment(user.actor(), command),
                            created -> {
                                refresh();
                                Feedback.success(getTranslation("governments.created", created.name()));
                            }).open());
            create.setId("new-government");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        } else {
            Paragraph note = new Paragraph(getTranslation("governments.onlyInstallationAdmin"));
            note.addClassName("chidao-admin-note");
            add(note);
        }
        grid.setId("governments");
        grid.addColumn(GovernmentDto::code).setHeader(getTranslation("governments.code")).setKey("code")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(GovernmentDto::name).setHeader(getTranslation("governments.name")).setKey("name");
        grid.setEmptyStateText(getTranslation("governments.empty"));
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(organisation.governments(user.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.governments");
    }
}
