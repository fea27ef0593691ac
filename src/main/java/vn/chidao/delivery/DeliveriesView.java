package vn.chidao.delivery;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;

/**
 * The outbox as operators see it: whether email is on (and through which server), every delivery of the admin's
 * government newest first (every government's for the installation's admin), filtered by status in the address
 * ({@code ?status=FAILED}), "Gửi lại ngay" on what waits or failed; below, the government's webhook.
 */
@Route(DeliveriesView.ROUTE)
@Menu(title = "menu.deliveries", icon = "vaadin:envelopes-o", order = 95)
@RolesAllowed("ADMIN")
class DeliveriesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "admin/deliveries";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    final Div email = new Div();
    final Select<DeliveryStatus> status = new Select<>();
    final Grid<DeliveryDto> grid = new Grid<>();
    WebhookForm webhookForm;

    private final DeliveryService deliveries;
    private final WebhookService webhooks;
    private final Messages messages;
    private final Actor actor;
    private boolean entering;

    DeliveriesView(DeliveryService deliveries, WebhookService webhooks, Messages messages, CurrentUser user) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.messages = messages;
        this.actor = user.actor();
        addClassNames("chidao-admin", "chidao-deliveries");
        configureEmailLine();
        configureStatus();
        configureGrid();
        add(email, status, grid, webhookCard());
    }

    /** Said plainly at the top: without a mail server nothing goes out by email. */
    private void configureEmailLine() {
        String server = deliveries.emailServer();
        email.setId("deliveries-email");
        email.addClassNames("chidao-callout", server == null ? "chidao-callout-off" : "chidao-callout-on");
        email.getElement().setAttribute("role", "status");
        email.add((server == null ? VaadinIcon.WARNING : VaadinIcon.ENVELOPE_O).create(),
                new Span(server == null ? getTranslation("deliveries.email.off")
                        : getTranslation("deliveries.email.on", server)));
    }

    private void configureStatus() {
        status.setId("deliveries-status");
        status.setLabel(getTranslation("deliveries.status"));
        status.setItems(DeliveryStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("deliveries.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("deliveries.all")
                : getTranslation("deliveryStatus." + s.name()));
        status.addValueChangeListener(e -> statusChanged());
    }

    private void configureGrid() {
        grid.setId("deliveries-grid");
        grid.addClassName("chidao-deliveries-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(d -> DeliveryCells.time(d.at())).setHeader(getTranslation("deliveries.at")).setKey("at")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(d -> getTranslation("deliveryChannel." + d.channel().name()))
                .setHeader(getTranslation("deliveries.channel")).setKey("channel").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation("notificationKind." + d.kind())).setHeader(getTranslation("deliveries.kind"))
                .setKey("kind").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(DeliveryDto::recipient).setHeader(getTranslation("deliveries.recipient")).setKey("recipient")
                .setWidth("9rem").setFlexGrow(1);
        grid.addComponentColumn(d -> DeliveryCells.status(d.status())).setHeader(getTranslation("deliveries.status"))
                .setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DeliveryDto::attempts).setHeader(getTranslation("deliveries.attempts")).setKey("attempts")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.status() == DeliveryStatus.PENDING ? DeliveryCells.time(d.nextAttemptAt()) : "")
                .setHeader(getTranslation("deliveries.nextAttempt")).setKey("nextAttempt").setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(DeliveryCells::error).setHeader(getTranslation("deliveries.lastError"))
                .setKey("lastError").setWidth("12rem").setFlexGrow(2).setTooltipGenerator(DeliveryDto::lastError);
        grid.addColumn(d -> DeliveryCells.time(d.sentAt())).setHeader(getTranslation("deliveries.sentAt"))
                .setKey("sentAt").setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::retryCell).setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setEmptyStateComponent(new EmptyState("deliveries-empty", VaadinIcon.ENVELOPES_O.create(),
                getTranslation("deliveries.empty"), getTranslation("deliveries.empty.hint")));
        grid.setItems(query -> page(pageable(query)).stream(),
                query -> (int) page(PageRequest.of(0, 1)).getTotalElements());
    }

    private static Pageable pageable(Query<DeliveryDto, Void> query) {
        return VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(NEWEST_FIRST);
    }

    private Page<DeliveryDto> page(Pageable pageable) {
        try {
            return deliveries.page(actor, status.getValue(), pageable);
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
            return Page.empty(pageable);
        }
    }

    /** What waits or failed can go now; a sent one is done. */
    private Div retryCell(DeliveryDto delivery) {
        Div cell = new Div();
        if (delivery.status() != DeliveryStatus.SENT) {
            Button retry = new Button(getTranslation("deliveries.retry"), VaadinIcon.REFRESH.create(),
                    e -> retry(delivery));
            retry.setId("delivery-retry-" + delivery.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(retry);
        }
        return cell;
    }

    private void retry(DeliveryDto delivery) {
        try {
            deliveries.retry(actor, delivery.id());
            Feedback.success(getTranslation("deliveries.retried"));
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
        grid.getDataProvider().refreshAll();
    }

    /** The government's webhook for its admin; the installation's admin is told whose it is. */
    private Div webhookCard() {
        Div card = new Div(new H3(getTranslation("webhook.title")));
        card.setId("webhook-card");
        card.addClassNames("chidao-card", "chidao-webhook");
        if (actor.governmentId() == null) {
            Paragraph note = new Paragraph(getTranslation("webhook.installationAdmin"));
            note.setId("webhook-installation-admin");
            note.addClassName("chidao-admin-note");
            card.add(note);
        } else {
            webhookForm = new WebhookForm(messages, this::saveWebhook);
            webhookForm.show(webhooks.get(actor).orElse(null));
            card.add(webhookForm);
        }
        return card;
    }

    private void saveWebhook(WebhookInput input) {
        webhookForm.show(webhooks.put(actor, input));
        Feedback.success(getTranslation("webhook.saved"));
    }

    private void statusChanged() {
        grid.getDataProvider().refreshAll();
        if (!entering) {
            Map<String, String> query = status.getValue() == null ? Map.of()
                    : Map.of("status", status.getValue().name());
            getUI().ifPresent(ui -> ui.getPage().getHistory()
                    .replaceState(null, new Location(ROUTE, QueryParameters.simple(query))));
        }
    }

    /** A link or a reload keeps the filter ({@code ?status=FAILED}); an unknown status means all. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("status", List.of("")).get(0);
        entering = true;
        try {
            status.setValue(Arrays.stream(DeliveryStatus.values()).filter(s -> s.name().equalsIgnoreCase(wanted))
                    .findFirst().orElse(null));
        } finally {
            entering = false;
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.deliveries");
    }
}
