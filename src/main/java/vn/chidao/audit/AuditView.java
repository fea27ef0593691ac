package vn.chidao.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.sheet.SpreadsheetDownload;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;

/**
 * The audit trail for administrators: who changed what and when, newest first, filtered by user, entity (and id),
 * action and days, the filter in the address (an assignment's page links here filtered on it); each change as
 * "field: before → after"; the same list to Excel. A government's admin sees that government's changes.
 */
@Route(AuditView.ROUTE)
@Menu(title = "menu.audit", icon = "vaadin:records", order = 97)
@RolesAllowed("ADMIN")
class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = AuditLinks.ROUTE;

    final AuditFilters filters;
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor export = new Anchor();
    final EmptyState empty;
    private final AuditService audit;
    private final Messages messages;
    private final AuditTexts texts;
    private final Actor actor;
    private boolean entering;

    AuditView(AuditService audit, Messages messages, CurrentUser user) {
        this.audit = audit;
        this.messages = messages;
        this.actor = user.actor();
        this.texts = new AuditTexts(messages, getLocale());
        this.filters = new AuditFilters(audit.entities(), texts);
        addClassNames("chidao-admin", "chidao-audit");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("chidao-admin-note");
        Button clear = new Button(getTranslation("audit.clear"), e -> filters.show(AuditFilter.all()));
        clear.setId("audit-clear");
        empty = new EmptyState("audit-empty", VaadinIcon.RECORDS.create(), getTranslation("audit.empty"),
                getTranslation("audit.empty.hint"), clear);
        empty.setVisible(false);
        configureGrid();
        filters.onChange(this::filterChanged);
        add(intro, filters, actions(), empty, grid);
    }

    private HorizontalLayout actions() {
        export.setId("audit-export");
        Button button = new Button(getTranslation("audit.export"), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTabIndex(-1);
        export.add(button);
        HorizontalLayout actions = new HorizontalLayout(export);
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return actions;
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> texts.at(e.at())).setHeader(getTranslation("audit.column.at")).setKey("at")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::who).setHeader(getTranslation("audit.column.user")).setKey("user")
                .setWidth("11rem").setFlexGrow(0);
        grid.addComponentColumn(this::what).setHeader(getTranslation("audit.column.entity")).setKey("entity")
                .setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(e -> Badges.of("audit.action." + e.action().name(), theme(e.action())))
                .setHeader(getTranslation("audit.column.action")).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::changes).setHeader(getTranslation("audit.column.changes")).setKey("changes")
                .setFlexGrow(1);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setItems(query -> page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) page(PageRequest.of(0, 1)).getTotalElements());
    }

    private Div who(AuditEntry entry) {
        Div cell = new Div(new Span(texts.user(entry.user())));
        if (entry.onBehalfOf() != null) {
            Span forWhom = new Span(getTranslation("audit.onBehalfOf", entry.onBehalfOf()));
            forWhom.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL,
                    LumoUtility.TextColor.SECONDARY);
            cell.add(forWhom);
        }
        return cell;
    }

    private Div what(AuditEntry entry) {
        Span id = new Span("#" + entry.entityId());
        id.addClassNames(LumoUtility.Display.BLOCK, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        return new Div(new Span(texts.entity(entry.entity())), id);
    }

    private Div changes(AuditEntry entry) {
        Div cell = new Div();
        for (String line : texts.changes(entry)) {
            Div row = new Div(line);
            row.addClassName(LumoUtility.FontSize.SMALL);
            cell.add(row);
        }
        return cell;
    }

    private static String theme(AuditAction action) {
        return switch (action) {
            case CREATED -> "badge success small";
            case CHANGED -> "badge small";
            case DELETED -> "badge error small";
        };
    }

    private Page<AuditEntry> page(Pageable pageable) {
        try {
            return audit.page(actor, filters.filter(), pageable);
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
            return Page.empty(pageable);
        }
    }

    private void filterChanged() {
        refresh();
        if (!entering) {
            getUI().ifPresent(ui -> ui.getPage().getHistory()
                    .replaceState(null, new Location(ROUTE, AuditFilters.write(filters.filter()))));
        }
    }

    private void refresh() {
        boolean none = page(PageRequest.of(0, 1)).getTotalElements() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
        export.setHref(download(filters.filter()), AttachmentType.DOWNLOAD);
    }

    /** The export of this filter, as the caller (the handler runs later, in the download's own request). */
    private DownloadHandler download(AuditFilter filter) {
        Actor caller = actor;
        Locale locale = getLocale();
        AuditService service = audit;
        return SpreadsheetDownload.of(() -> service.export(caller, filter, locale));
    }

    /** The filter comes from the address (an assignment's page links here with its entity and id). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entering = true;
        try {
            filters.show(AuditFilters.read(event.getLocation().getQueryParameters()));
        } finally {
            entering = false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit");
    }
}
