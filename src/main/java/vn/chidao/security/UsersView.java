package vn.chidao.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.chidao.base.Actor;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.OrganisationService;

/** The users an administrator manages (of their government; the installation admin: all), and new ones. */
@Route("admin/users")
@Menu(title = "menu.users", icon = "vaadin:users", order = 92)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserDto> grid = new Grid<>();

    private final UserService users;
    private final CurrentUser user;

    UsersView(UserService users, OrganisationService organisation, CurrentUser user, Messages messages) {
        this.users = users;
        this.user = user;
        setSizeFull();
        addClassName("chidao-admin");
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> {
            Actor actor = user.actor();
            List<GovernmentDto> governments = organisation.governments(actor);
            GovernmentDto own = governments.stream()
                    .filter(g -> actor.governmentId() != null && g.id() == actor.governmentId())
                    .findFirst().orElse(null);
            new UserDialog(messages, governments, own, g -> organisation.unitsOf(user.actor(), g.code()),
                    command -> users.createUser(user.actor(), command), created -> {
                        refresh();
                        Feedback.success(getTranslation("users.created", created.username()));
                    }).open();
        });
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        add(create, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("users");
        grid.addColumn(UserDto::username).setHeader(getTranslation("users.username")).setKey("username")
                .setAutoWidth(true);
        grid.addColumn(UserDto::displayName).setHeader(getTranslation("users.displayName")).setKey("displayName")
                .setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("userRole." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles")).setKey("roles")
                .setFlexGrow(2);
        grid.addColumn(u -> u.governmentCode() == null ? "" : u.governmentCode())
                .setHeader(getTranslation("users.government")).setKey("government").setAutoWidth(true);
        grid.addColumn(u -> u.unitCode() == null ? "" : u.unitCode()).setHeader(getTranslation("users.unit"))
                .setKey("unit").setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("users.email"))
                .setKey("email").setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("users.empty"));
    }

    private void refresh() {
        grid.setItems(users.users(user.actor()).stream()
                .sorted(Comparator.comparing((UserDto u) -> u.governmentCode() == null ? "" : u.governmentCode())
                        .thenComparing(UserDto::username))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
