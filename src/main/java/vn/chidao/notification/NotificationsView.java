package vn.chidao.notification;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.NotificationBell;
import vn.chidao.base.ui.PhoneCards;
import vn.chidao.base.ui.RowCard;

/**
 * The caller's notifications, newest first and loaded page by page: when, what kind, the text and the task it is
 * about. Opening the task or "Đánh dấu đã đọc" marks one read, "Đọc tất cả" all of them; the bell follows.
 */
@Route(NotificationBell.ROUTE)
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NotificationDto> grid = new Grid<>();
    final Button readAll = new Button(VaadinIcon.CHECK_SQUARE_O.create());
    final PhoneCards<NotificationDto> cards;
    private final Span summary = new Span();
    private final HorizontalLayout toolbar;
    private final EmptyState empty;
    private final NotificationService notifications;
    private final Messages messages;
    private final Actor actor;

    NotificationsView(NotificationService notifications, Messages messages, CurrentUser user) {
        this.notifications = notifications;
        this.messages = messages;
        this.actor = user.actor();
        addClassName("chidao-notifications");
        setSizeFull();
        toolbar = toolbar();
        configureGrid();
        cards = PhoneCards.add(grid, this::card);
        empty = new EmptyState("notifications-empty", VaadinIcon.BELL_O.create(),
                getTranslation("notifications.empty"), getTranslation("notifications.empty.hint"));
        add(toolbar, empty, grid);
        refresh();
    }

    private HorizontalLayout toolbar() {
        summary.setId("notifications-summary");
        summary.addClassName("chidao-muted");
        readAll.setText(getTranslation("notifications.readAll"));
        readAll.setId("read-all");
        readAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        readAll.addClickListener(e -> markAllRead());
        HorizontalLayout bar = new HorizontalLayout(summary, readAll);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(summary);
        return bar;
    }

    private void configureGrid() {
        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(n -> n.at() == null ? "" : Dates.DAY_TIME.format(n.at().atZoneSameInstant(Dates.ZONE)))
                .setHeader(getTranslation("notifications.at")).setKey("at").setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(n -> NotificationKinds.badge(n.kind())).setHeader(getTranslation("notifications.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(NotificationsView::textCell).setHeader(getTranslation("notifications.text"))
                .setKey("text").setFlexGrow(1);
        grid.addComponentColumn(this::assignmentCell).setHeader(getTranslation("notifications.assignment"))
                .setKey("assignment").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::readCell).setKey("read").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setPartNameGenerator(n -> n.read() ? null : "chidao-unread");
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(query -> notifications.mine(actor, VaadinSpringDataHelpers.toSpringPageRequest(query), getLocale()).stream(),
                query -> (int) total());
    }

    private static Div textCell(NotificationDto n) {
        Div text = new Div();
        text.setText(n.text());
        text.addClassName("chidao-notice-text");
        if (!n.read()) {
            text.addClassName("chidao-notice-unread");
        }
        return text;
    }

    /**
     * A phone's row: the kind and when, the whole text, and the way to its task (which marks it read) or, for a
     * notice about no task, the mark as read.
     */
    private RowCard card(NotificationDto n) {
        Span at = new Span(n.at() == null ? "" : Dates.DAY_TIME.format(n.at().atZoneSameInstant(Dates.ZONE)));
        at.addClassName("chidao-muted");
        RowCard card = new RowCard().badges(NotificationKinds.badge(n.kind()), at).detail(textCell(n));
        if (n.assignmentId() != null) {
            Button open = new Button(getTranslation("notifications.open"), VaadinIcon.ARROW_RIGHT.create(),
                    e -> open(n));
            open.setIconAfterText(true);
            open.setId("notification-" + n.id() + "-card-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
            card.action(open);
        } else if (!n.read()) {
            card.action(markReadButton(n));
        }
        return card;
    }

    private Div assignmentCell(NotificationDto n) {
        Div cell = new Div();
        if (n.assignmentId() != null) {
            Anchor link = new Anchor("assignments/" + n.assignmentId(), getTranslation("notifications.open"));
            link.setId("notification-" + n.id() + "-open");
            // A real link (keyboard, a new tab); a plain click opens the task here, marking the notice read once.
            link.getElement().addEventListener("click", e -> open(n))
                    .addEventData("event.preventDefault()").addEventData("event.stopPropagation()");
            cell.add(link);
        }
        return cell;
    }

    private Div readCell(NotificationDto n) {
        Div cell = new Div();
        if (n.read()) {
            Span read = new Span(getTranslation("notifications.read"));
            read.addClassName("chidao-muted");
            cell.add(read);
            return cell;
        }
        Button mark = markReadButton(n);
        mark.setId("notification-" + n.id() + "-read");
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cell.add(mark);
        return cell;
    }

    private Button markReadButton(NotificationDto n) {
        Button mark = new Button(getTranslation("notifications.markRead"), VaadinIcon.CHECK.create(),
                e -> markRead(n));
        mark.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return mark;
    }

    /** A row's click: marks it read and opens its task, if it is about one. */
    private void open(NotificationDto n) {
        markRead(n);
        if (n.assignmentId() != null) {
            UI.getCurrent().navigate("assignments/" + n.assignmentId());
        }
    }

    private void markRead(NotificationDto n) {
        if (n.read()) {
            return;
        }
        try {
            notifications.markRead(actor, n.id());
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
        refresh();
    }

    private void markAllRead() {
        int marked = notifications.markAllRead(actor);
        Feedback.success(getTranslation("notifications.markedAll", marked));
        refresh();
    }

    private long total() {
        return notifications.mine(actor, PageRequest.of(0, 1)).getTotalElements();
    }

    /** Reloads the rows and the unread count, here and on the bell. */
    void refresh() {
        long unread = notifications.unreadCount(actor);
        boolean none = total() == 0;
        empty.setVisible(none);
        toolbar.setVisible(!none);
        grid.setVisible(!none);
        summary.setText(unread == 0 ? getTranslation("notifications.allRead")
                : getTranslation("notifications.unread", unread));
        readAll.setEnabled(unread > 0);
        grid.getDataProvider().refreshAll();
        NotificationBell.refresh(UI.getCurrent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
