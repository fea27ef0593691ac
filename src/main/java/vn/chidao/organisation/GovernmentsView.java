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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.ui.Feedback;

/**
 * The governments (provinces, cities) of the installation; its administrator adds new ones and merges one into
 * another ({@link GovernmentMerging}, answered by the reorganisation).
 */
@Route("admin/governments")
@Menu(title = "menu.governments", icon = "vaadin:institution", order = 90)
@RolesAllowed("ADMIN")
class GovernmentsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<GovernmentDto> grid = new Grid<>();

    private final OrganisationService organisation;
    private final CurrentUser user;
    private final Messages messages;
    private final GovernmentMerging merging;
    private final AppClock clock;

    GovernmentsView(OrganisationService organisation, CurrentUser user, Messages messages, GovernmentMerging merging,
                    AppClock clock) {
        this.organisation = organisation;
        this.user = user;
        this.messages = messages;
        this.merging = merging;
        this.clock = clock;
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
            Button merge = new Button(getTranslation("governments.merge"), VaadinIcon.COMPRESS.create(),
                    e -> openMerge());
            merge.setId("merge-governments");
            add(new HorizontalLayout(create, merge));
        } else {
            Paragraph note = new Paragraph(getTranslation("governments.onlyInstallationAdmin"));
            note.addClassName("chidao-admin-note");
            add(note);
        }
        grid.setId("governments");
        grid.addColumn(GovernmentDto::code).setHeader(getTranslation("governments.code")).setKey("code")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(GovernmentDto::name).setHeader(getTranslation("governments.name")).setKey("name");
        grid.addColumn(GovernmentDto::noticeSymbol).setHeader(getTranslation("governments.noticeSymbol"))
                .setKey("noticeSymbol").setAutoWidth(true).setFlexGrow(0);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        grid.addColumn(g -> g.isMerged() ? getTranslation("governments.mergedInto", g.mergedInto(),
                g.validTo().format(day)) : "").setHeader(getTranslation("governments.status")).setKey("merged")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::editButton).setHeader(getTranslation("units.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("governments.empty"));
        add(grid);
        refresh();
    }

    private Button editButton(GovernmentDto government) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new GovernmentEditDialog(messages, government,
                change -> organisation.updateGovernment(user.actor(), government.code(), change), saved -> {
                    refresh();
                    Feedback.success(getTranslation("governments.saved", saved.name()));
                }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        String text = getTranslation("governments.edit", government.name());
        edit.setAriaLabel(text);
        edit.setTooltipText(text);
        edit.setId("government-edit-" + government.code());
        return edit;
    }

    private void openMerge() {
        new GovernmentMergeDialog(messages, organisation.governments(user.actor()), LocalDate.now(clock),
                organisation::unitsOf, request -> merging.merge(user.actor(), request), result -> {
                    refresh();
                    Feedback.success(getTranslation("governments.mergeDone", result.merged().name(),
                            result.into().name(), result.unitsMoved().size(), result.unitsEnded().size()));
                }).open();
    }

    private void refresh() {
        grid.setItems(organisation.governments(user.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.governments");
    }
}
