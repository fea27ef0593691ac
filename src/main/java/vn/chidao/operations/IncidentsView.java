package vn.chidao.operations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Confirm;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;

/**
 * The process engine's open incidents for the installation's administrator, newest first, each with a retry of its
 * failed job after a confirmation; Cockpit ({@code /camunda}) has the stack traces.
 */
@Route(IncidentsView.ROUTE)
@Menu(title = "menu.incidents", icon = "vaadin:warning", order = 96)
@RolesAllowed("INSTALLATION_ADMIN")
class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "admin/incidents";

    final Grid<IncidentView> grid = new Grid<>();

    private final EngineIncidents incidents;
    private final Messages messages;
    private final Actor actor;

    IncidentsView(EngineIncidents incidents, Messages messages, CurrentUser user) {
        this.incidents = incidents;
        this.messages = messages;
        this.actor = user.actor();
        addClassNames("chidao-admin", "chidao-incidents");
        Paragraph intro = new Paragraph(getTranslation("incidents.intro"));
        intro.addClassName("chidao-admin-note");
        configureGrid();
        add(intro, grid);
    }

    private void configureGrid() {
        grid.setId("incidents-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(i -> Dates.format(i.at())).setHeader(getTranslation("incidents.at")).setKey("at")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(IncidentView::processKey).setHeader(getTranslation("incidents.process")).setKey("process")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IncidentView::activityId).setHeader(getTranslation("incidents.activity")).setKey("activity")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IncidentView::businessKey).setHeader(getTranslation("incidents.businessKey"))
                .setKey("businessKey").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IncidentView::message).setHeader(getTranslation("incidents.message")).setKey("message")
                .setFlexGrow(1).setTooltipGenerator(IncidentView::message);
        grid.addComponentColumn(this::retryCell).setKey("retry").setAutoWidth(true).setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setEmptyStateComponent(new EmptyState("incidents-empty", VaadinIcon.CHECK_CIRCLE_O.create(),
                getTranslation("incidents.empty"), getTranslation("incidents.empty.hint")));
        grid.setItems(query -> page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) page(PageRequest.of(0, 1)).getTotalElements());
    }

    private Page<IncidentView> page(Pageable pageable) {
        try {
            return incidents.open(actor, pageable);
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
            return Page.empty(pageable);
        }
    }

    private com.vaadin.flow.component.Component retryCell(IncidentView incident) {
        if (incident.jobId() == null) {
            Span none = new Span(getTranslation("incidents.noJob"));
            none.addClassName("chidao-muted");
            return none;
        }
        Button retry = new Button(getTranslation("incidents.retry"), VaadinIcon.REFRESH.create(),
                e -> Confirm.ask(getTranslation("incidents.retry.confirm.title"),
                        getTranslation("incidents.retry.confirm.text", incident.activityId(), incident.processKey()),
                        getTranslation("incidents.retry"), () -> retry(incident)));
        retry.setId("incident-retry-" + incident.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return retry;
    }

    private void retry(IncidentView incident) {
        try {
            incidents.retry(actor, incident.id());
            Feedback.success(getTranslation("incidents.retried"));
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.incidents");
    }
}
