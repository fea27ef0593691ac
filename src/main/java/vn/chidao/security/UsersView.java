package vn.chidao.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.Confirm;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;
import vn.chidao.organisation.GovernmentDto;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * The users an administrator manages (of their government; the installation admin: all), found by name, sign-in
 * name or email and loaded a page at a time: new ones, and for each a change of name, roles and unit, a new
 * password, and locking (asked first) or unlocking; those locked out after failed sign-ins are marked, and the
 * administrator lifts that lockout.
 */
@Route("admin/users")
@Menu(title = "menu.users", icon = "vaadin:users", order = 92)
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<String> SORTABLE = Set.of("username", "displayName", "email");

    final Grid<UserDto> grid = new Grid<>();
    final TextField search = new TextField();
    private EmptyState empty;
    /** The users of the pages shown who are locked out after failed sign-ins. */
    private final Set<String> lockedOut = new HashSet<>();

    private final UserService users;
    private final UserAccountService accounts;
    private final OrganisationService organisation;
    private final CurrentUser user;
    private final Messages messages;
    private final SignInLockout lockout;
    private final PasswordPolicy policy;

    UsersView(UserService users, UserAccountService accounts, OrganisationService organisation, CurrentUser user,
              Messages messages, SignInLockout lockout, PasswordPolicy policy) {
        this.users = users;
        this.accounts = accounts;
        this.organisation = organisation;
        this.user = user;
        this.messages = messages;
        this.lockout = lockout;
        this.policy = policy;
        setSizeFull();
        addClassName("chidao-admin");
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureSearch();
        configureGrid();
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.expand(search);
        add(toolbar, grid);
        refresh();
    }

    private void configureSearch() {
        search.setId("users-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxWidth("28rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
    }

    private void openCreate() {
        Actor actor = user.actor();
        List<GovernmentDto> governments = organisation.governments(actor);
        GovernmentDto own = governments.stream().filter(g -> actor.governmentId() != null && g.id() == actor.governmentId())
                .findFirst().orElse(null);
        UserDialog dialog = new UserDialog(messages, governments, own, g -> organisation.unitsOf(user.actor(), g.code())
                .stream().filter(u -> !u.isEnded()).toList(),
                command -> users.createUser(user.actor(), command), created -> {
                    refresh();
                    Feedback.success(getTranslation("users.created", created.username()));
                });
        dialog.password.setHelperText(getTranslation(policy.hintKey()));
        dialog.open();
    }

    /**
     * Names get the room (auto width, growing most); an email column left empty takes little. Every text cell says
     * itself in full in its tooltip, as a narrow screen still cuts them.
     */
    private void configureGrid() {
        grid.setId("users");
        grid.addColumn(UserDto::username).setHeader(getTranslation("users.username")).setKey("username")
                .setSortProperty("username").setAutoWidth(true).setFlexGrow(0).setTooltipGenerator(UserDto::username);
        grid.addColumn(UserDto::displayName).setHeader(getTranslation("users.displayName")).setKey("displayName")
                .setSortProperty("displayName").setAutoWidth(true).setFlexGrow(3)
                .setTooltipGenerator(UserDto::displayName);
        grid.addColumn(this::roles).setHeader(getTranslation("users.roles")).setKey("roles")
                .setAutoWidth(true).setFlexGrow(2).setTooltipGenerator(this::roles);
        grid.addColumn(u -> u.governmentCode() == null ? "" : u.governmentCode())
                .setHeader(getTranslation("users.government")).setKey("government").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(u -> u.unitCode() == null ? "" : u.unitCode()).setHeader(getTranslation("users.unit"))
                .setKey("unit").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("users.email"))
                .setKey("email").setSortProperty("email").setAutoWidth(true).setFlexGrow(1)
                .setTooltipGenerator(u -> u.email() == null ? "" : u.email());
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        // The service sorts by what a user is (name, sign-in name, email); the other columns are not sortable.
        grid.getColumns().stream().filter(c -> !SORTABLE.contains(c.getKey())).forEach(c -> c.setSortable(false));
        empty = new EmptyState("users-empty", VaadinIcon.USERS.create(), getTranslation("users.empty"),
                getTranslation("users.emptyHint"));
        grid.setEmptyStateComponent(empty);
        grid.setItems(query -> withLockouts(users.search(user.actor(), search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).getContent()).stream(),
                query -> (int) users.count(user.actor(), search.getValue()));
    }

    /** Notes which users of a page are locked out after failed sign-ins, one query a page. */
    private List<UserDto> withLockouts(List<UserDto> page) {
        List<String> usernames = page.stream().map(UserDto::username).toList();
        usernames.forEach(lockedOut::remove);
        lockedOut.addAll(lockout.lockedOut(user.actor(), usernames));
        return page;
    }

    private Component status(UserDto row) {
        Component enabled = Badges.of(row.enabled() ? "users.enabled" : "users.disabled",
                row.enabled() ? "badge success small" : "badge error small");
        if (!lockedOut.contains(row.username())) {
            return enabled;
        }
        HorizontalLayout both = new HorizontalLayout(enabled, Badges.of("users.lockedOut", "badge contrast small"));
        both.setSpacing(false);
        both.addClassName("chidao-badges");
        return both;
    }

    private String roles(UserDto user) {
        return user.roles().stream().sorted().map(r -> getTranslation("userRole." + r.name()))
                .collect(Collectors.joining(", "));
    }

    private Component actions(UserDto row) {
        Button edit = iconButton(VaadinIcon.EDIT, "users.edit", row, "user-edit-");
        edit.addClickListener(e -> openEdit(row));
        Button password = iconButton(VaadinIcon.KEY, "users.resetPassword", row, "user-password-");
        password.addClickListener(e -> {
            PasswordDialog dialog = new PasswordDialog(messages, row,
                    typed -> accounts.resetPassword(user.actor(), row.username(), typed), this::passwordReset);
            dialog.password.setHelperText(getTranslation(policy.hintKey()));
            dialog.open();
        });
        HorizontalLayout actions = new HorizontalLayout(edit, password);
        actions.setSpacing(false);
        if (lockedOut.contains(row.username())) {
            Button unlock = iconButton(VaadinIcon.UNLOCK, "users.unlockSignIn", row, "user-unlock-");
            unlock.addClickListener(e -> unlock(row));
            actions.add(unlock);
        }
        if (!row.username().equals(user.actor().username())) {
            Button lock = iconButton(row.enabled() ? VaadinIcon.LOCK : VaadinIcon.UNLOCK,
                    row.enabled() ? "users.disable" : "users.enable", row, "user-lock-");
            lock.addClickListener(e -> toggle(row));
            actions.add(lock);
        }
        return actions;
    }

    /** A generated password is shown once, to hand on; a typed one the administrator knows. */
    private void passwordReset(PasswordReset reset) {
        if (reset.generated()) {
            new NewPasswordDialog(reset).open();
        } else {
            Feedback.success(getTranslation("users.passwordSet", reset.username()));
        }
    }

    private Button iconButton(VaadinIcon icon, String key, UserDto row, String idPrefix) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        String text = getTranslation(key) + " " + row.username();
        button.setAriaLabel(text);
        button.setTooltipText(text);
        button.setId(idPrefix + row.username());
        return button;
    }

    private void openEdit(UserDto row) {
        List<UnitDto> units = row.governmentCode() == null ? List.of()
                : organisation.unitsOf(user.actor(), row.governmentCode()).stream()
                        .filter(u -> !u.isEnded() || u.code().equals(row.unitCode())).toList();
        new UserEditDialog(messages, row, units, change -> accounts.updateUser(user.actor(), row.username(), change),
                saved -> {
                    refresh();
                    Feedback.success(getTranslation("users.saved", saved.username()));
                }).open();
    }

    /** Locking stops someone signing in, so it is asked first; unlocking is not. */
    private void toggle(UserDto row) {
        if (!row.enabled()) {
            setEnabled(row, true);
            return;
        }
        Confirm.ask(getTranslation("users.disableTitle", row.username()),
                getTranslation("users.disableText", row.displayName()), getTranslation("users.disable"),
                () -> setEnabled(row, false)).setConfirmButtonTheme("error primary");
    }

    private void setEnabled(UserDto row, boolean enabled) {
        try {
            accounts.setEnabled(user.actor(), row.username(), enabled);
            refresh();
            Feedback.success(getTranslation(enabled ? "users.enabledDone" : "users.disabledDone", row.username()));
        } catch (DomainException e) {
            Feedback.refused(messages, e);
        }
    }

    /** Lifts the lockout after failed sign-ins: the user may sign in again at once, from anywhere. */
    private void unlock(UserDto row) {
        try {
            lockout.unlock(user.actor(), row.username());
            refresh();
            Feedback.success(getTranslation("users.unlockedSignIn", row.username()));
        } catch (DomainException e) {
            Feedback.refused(messages, e);
        }
    }

    /** Reloads the rows; when the search finds no one, the empty state says so rather than "no users yet". */
    private void refresh() {
        boolean searching = !search.getValue().isBlank();
        empty.setTexts(searching ? getTranslation("users.noMatch", search.getValue().trim())
                : getTranslation("users.empty"), getTranslation(searching ? "users.noMatchHint" : "users.emptyHint"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
