package vn.chidao.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Locale;
import java.util.Set;
import vn.chidao.base.Actor;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.PhoneCards;
import vn.chidao.base.ui.RowCard;

/**
 * A queue of one kind of task, nearest deadline first, for the people who decide it: each row names the unit,
 * the directive, its deadline and since when the task waits, and opens the task page where the decision is
 * taken. Texts: {@code queue.<name>.intro}, {@code .empty}, {@code .empty.hint}, {@code .action}; the title is
 * the menu's {@code menu.<name>}.
 */
abstract class TaskQueueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TaskItem> grid = new Grid<>();
    final PhoneCards<TaskItem> cards;
    private final EmptyState empty;
    private final Paragraph intro;
    private final InboxService inbox;
    private final Actor actor;
    private final Set<TaskKind> kinds;
    private final String name;

    TaskQueueView(InboxService inbox, CurrentUser user, TaskKind kind, String name, VaadinIcon icon) {
        this.inbox = inbox;
        this.actor = user.actor();
        this.kinds = Set.of(kind);
        this.name = name;
        addClassName("chidao-queue");
        setSizeFull();
        intro = new Paragraph(getTranslation("queue." + name + ".intro"));
        intro.addClassName("chidao-muted");
        configureGrid();
        cards = PhoneCards.add(grid, this::card);
        empty = new EmptyState(id() + "-empty", icon.create(), getTranslation("queue." + name + ".empty"),
                getTranslation("queue." + name + ".empty.hint"));
        add(intro, empty, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId(id() + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TaskItem::unitCode).setHeader(getTranslation("queue.unit")).setKey("unit")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(TaskQueueView::directiveCell).setHeader(getTranslation("queue.directive"))
                .setKey("directive").setFlexGrow(4);
        grid.addComponentColumn(TaskQueueView::deadlineCell).setHeader(getTranslation("queue.deadline"))
                .setKey("deadline").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.createdAt() == null ? "" : Dates.DAY_TIME.format(t.createdAt()))
                .setHeader(getTranslation("queue.since")).setKey("since").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::openButton).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(query -> inbox.tasks(actor, kinds, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) inbox.count(actor, kinds));
    }

    /** The ids' stem: the name in kebab case ({@code signOff} → {@code sign-off}). */
    private String id() {
        return name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static Div directiveCell(TaskItem task) {
        Span number = new Span(task.conclusionNumber() == null ? "" : task.conclusionNumber());
        number.addClassName("chidao-cell-overline");
        Div content = new Div();
        content.setText(task.title());
        content.addClassName("chidao-clamp-2");
        content.getElement().setAttribute("title", task.title());
        return new Div(number, content);
    }

    /** A phone's row: the unit, the directive, its notice, the deadline and the button that opens the decision. */
    private RowCard card(TaskItem task) {
        return new RowCard().badges(InboxView.kindBadge(task.kind()), Badges.plain(task.unitCode(), "badge contrast"))
                .title(task.title()).detail(task.conclusionNumber())
                .deadline(task.deadline(), InboxView.daysLeftCell(task)).action(openButton(task));
    }

    private static Div deadlineCell(TaskItem task) {
        Div cell = new Div();
        if (task.deadline() != null) {
            cell.add(new Div(Dates.format(task.deadline())));
        }
        cell.add(InboxView.daysLeftCell(task));
        return cell;
    }

    private Button openButton(TaskItem task) {
        Button open = new Button(getTranslation("queue." + name + ".action"), VaadinIcon.ARROW_RIGHT.create(),
                e -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setIconAfterText(true);
        open.addClassName("chidao-row-action");
        open.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return open;
    }

    private void open(TaskItem task) {
        TaskPages.openFromQueue(task, id());
    }

    private void refresh() {
        boolean none = inbox.count(actor, kinds) == 0;
        empty.setVisible(none);
        intro.setVisible(!none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu." + name);
    }
}
