package vn.chidao.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.Urgency;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.Confirm;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.DaysLeft;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.PhoneCards;
import vn.chidao.base.ui.RowCard;

/**
 * Everyone's home: the caller's open tasks, nearest deadline first, coloured by how pressing they are, each with the
 * unit's role (chủ trì, phối hợp) and a mark on reports that came back, with quick filters (overdue, due this week,
 * awaiting my report, returned) and a search of the directive or the conclusion number; both stay in the address
 * ({@code ?filter=OVERDUE&q=...}). A new directive is acknowledged right here; every other task opens its page.
 * An administrator with no other role, who has no tasks, lands on the administration instead.
 */
@Route("")
@Menu(title = "menu.inbox", icon = "vaadin:inbox", order = 10)
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The administration's screens an administrator lands on. */
    static final String GOVERNMENTS = "admin/governments";
    static final String USERS = "admin/users";

    final Grid<TaskItem> grid = new Grid<>();
    final InboxToolbar toolbar;
    final PhoneCards<TaskItem> cards;
    private final EmptyState empty;
    private final EmptyState noMatch;
    private final InboxService inbox;
    private final AssignmentService assignments;
    private final Messages messages;
    private final Actor actor;

    InboxView(InboxService inbox, AssignmentService assignments, Messages messages, CurrentUser user) {
        this.inbox = inbox;
        this.assignments = assignments;
        this.messages = messages;
        this.actor = user.actor();
        this.toolbar = new InboxToolbar(filter -> inbox.count(actor, filter), this::changed);
        addClassName("chidao-inbox");
        setSizeFull();
        configureGrid();
        cards = PhoneCards.add(grid, this::card);
        empty = new EmptyState("inbox-empty", VaadinIcon.CHECK_CIRCLE_O.create(), getTranslation("inbox.empty"),
                getTranslation("inbox.empty.hint"));
        Button showAll = new Button(getTranslation("inbox.noMatch.all"), e -> toolbar.clear());
        showAll.setId("inbox-show-all");
        noMatch = new EmptyState("inbox-no-match", VaadinIcon.FILTER.create(), getTranslation("inbox.noMatch"),
                getTranslation("inbox.noMatch.hint"), showAll);
        add(toolbar, empty, noMatch, grid);
    }

    /**
     * A link or a reload keeps the list as it was ({@code ?filter=} and {@code ?q=}). An administrator with no other
     * role never has a task: they land on what they administer instead (the installation's administrator on the
     * governments, a government's on its users).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (actor.roles().equals(Set.of(Role.ADMIN)) && actor.standsInFor().isEmpty()) {
            event.forwardTo(actor.isInstallationAdmin() ? GOVERNMENTS : USERS);
            return;
        }
        toolbar.read(event.getLocation().getQueryParameters());
        refresh();
    }

    /** Another filter or other words: the list follows, and so does the address. */
    private void changed() {
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("", toolbar.parameters())));
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(t -> kindBadge(t.kind())).setHeader(getTranslation("inbox.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.conclusionNumber() == null ? "—" : t.conclusionNumber())
                .setHeader(getTranslation("inbox.number")).setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(InboxView::titleCell).setHeader(getTranslation("inbox.title"))
                .setKey("title").setFlexGrow(4);
        // A unit's own people see only their unit's tasks: the column would say the same on every row.
        grid.addColumn(t -> t.unitCode() == null ? "" : t.unitCode()).setHeader(getTranslation("inbox.unit"))
                .setKey("unit").setAutoWidth(true).setFlexGrow(0)
                .setVisible(seesManyUnits());
        grid.addComponentColumn(InboxView::roleCell).setHeader(getTranslation("inbox.role")).setKey("role")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> Dates.format(t.deadline())).setHeader(getTranslation("inbox.deadline"))
                .setKey("deadline").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(InboxView::daysLeftCell)
                .setHeader(getTranslation("inbox.daysLeft")).setKey("daysLeft").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actionButton).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(query -> inbox.tasks(actor, toolbar.filter(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) inbox.count(actor, toolbar.filter()));
    }

    private boolean seesManyUnits() {
        return actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN);
    }

    /**
     * Green on time, amber within the directive's reminder window, red once overdue, grey "chờ 3 ngày" for what
     * waits on the secretariat or a leader: the one rule's {@link Urgency}.
     */
    static Span daysLeftCell(TaskItem task) {
        if (task.urgency() == Urgency.WAITING) {
            return DaysLeft.waiting(task.waitingDays() == null ? 0 : task.waitingDays());
        }
        return DaysLeft.of(task.deadline(), task.daysLeft(), task.urgency() == Urgency.OVERDUE,
                task.urgency() == Urgency.DUE_SOON);
    }

    /** The unit's part in the directive: chủ trì or phối hợp; nothing for a conclusion's task. */
    private static Span roleCell(TaskItem task) {
        return task.role() == null ? new Span() : Badges.role(task.role());
    }

    /**
     * New work stands out (primary), decisions on results are green, what is late or returned is red, a decision
     * about time is amber, and the unit's own reporting is calm slate blue.
     */
    static Span kindBadge(TaskKind kind) {
        String theme = switch (kind) {
            case ACKNOWLEDGE -> "badge primary";
            case REVIEW, SIGN_OFF, APPROVE_CONCLUSION -> "badge success";
            case REVISE_CONCLUSION, OVERDUE_REVIEW -> "badge error";
            case DECIDE_EXTENSION -> "badge contrast";
            case REPORT, PERIODIC_REPORT, CONTRIBUTE -> "badge";
        };
        Span badge = Badges.of("taskKind." + kind.name(), theme);
        if (theme.equals("badge")) {
            badge.addClassName("chidao-badge-info");
        } else if (kind == TaskKind.DECIDE_EXTENSION) {
            badge.addClassName("chidao-badge-warn");
        }
        return badge;
    }

    /** A phone's row: what to do, the directive, its notice, the deadline and the button that does it. */
    private RowCard card(TaskItem task) {
        RowCard card = new RowCard().badges(kindBadge(task.kind()));
        if (task.returned()) {
            card.badges(Badges.of("inbox.returned", "badge error small"));
        }
        if (task.role() != null) {
            card.badges(Badges.role(task.role()));
        }
        if (seesManyUnits() && task.unitCode() != null) {
            card.badges(Badges.plain(task.unitCode(), "badge contrast"));
        }
        return card.title(task.title()).detail(task.conclusionNumber())
                .deadline(task.deadline(), daysLeftCell(task)).action(actionButton(task));
    }

    /** The directive (or conclusion), after a mark when the report came back to be done again. */
    private static Div titleCell(TaskItem task) {
        Div title = new Div();
        title.setText(task.title());
        title.addClassName("chidao-clamp-2");
        title.getElement().setAttribute("title", task.title());
        Div cell = new Div();
        if (task.returned()) {
            Span returned = Badges.of("inbox.returned", "badge error small");
            returned.addClassName("chidao-returned");
            cell.add(returned);
        }
        cell.add(title);
        return cell;
    }

    private Button actionButton(TaskItem task) {
        Button button;
        if (task.kind() == TaskKind.ACKNOWLEDGE) {
            button = new Button(getTranslation("inbox.action.ACKNOWLEDGE"), VaadinIcon.CHECK.create(),
                    e -> confirmAcknowledge(task));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        } else {
            button = new Button(getTranslation("inbox.action." + task.kind().name()), VaadinIcon.ARROW_RIGHT.create(),
                    e -> open(task));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setIconAfterText(true);
        }
        button.addClassName("chidao-row-action");
        // The row opens the task on click too; the button's own click must not do both.
        button.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return button;
    }

    private void confirmAcknowledge(TaskItem task) {
        Confirm.ask(getTranslation("inbox.acknowledge.header"),
                getTranslation("inbox.acknowledge.text", task.unitCode(), task.title()),
                getTranslation("inbox.action.ACKNOWLEDGE"), () -> acknowledge(task));
    }

    private void acknowledge(TaskItem task) {
        try {
            assignments.acknowledge(actor, task.assignmentId());
            Feedback.success(getTranslation("inbox.acknowledged"));
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
        refresh();
    }

    private void open(TaskItem task) {
        TaskPages.open(task);
    }

    /**
     * Reloads the counts and the rows, e.g. after acknowledging or choosing another filter. With no task at all
     * the friendly empty state shows; with tasks that the filter leaves out, a way back to all of them.
     */
    void refresh() {
        long shown = toolbar.chips.refresh();
        long all = toolbar.searching() ? inbox.count(actor, InboxFilter.ALL) : toolbar.chips.total();
        boolean nothing = all == 0;
        empty.setVisible(nothing);
        toolbar.setVisible(!nothing);
        noMatch.setVisible(!nothing && shown == 0);
        grid.setVisible(!nothing && shown > 0);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
