package vn.chidao.register;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.chidao.assignment.AssignmentRow;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.assignment.Timeliness;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.sheet.SpreadsheetDownload;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.PhoneCards;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.indicator.IndicatorService;
import vn.chidao.organisation.OrganisationService;

/**
 * The register (sổ theo dõi): every assignment the caller may see, filtered ({@link RegisterFilters}), with the
 * official 2×2 counts of the current filter above the list (or, when no row matches, a word saying so and a way to
 * clear the filter), its export to Excel and, for the secretariat, moving assignments to another unit. The filter
 * lives in the URL ({@link RegisterQuery}): other screens link to it, and every change of it replaces the address,
 * so the page can be bookmarked, shared and reloaded.
 */
@Route(RegisterView.ROUTE)
@Menu(title = "menu.register", icon = "vaadin:book", order = 40)
@RolesAllowed({"SECRETARIAT", "LEADER", "UNIT_HEAD", "FOCAL_POINT", "GOVERNMENT_ADMIN"})
class RegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "register";

    final RegisterFilters filters;
    final Grid<AssignmentRow> grid = new Grid<>();
    final TimelinessCounts counts;
    final PhoneCards<AssignmentRow> cards;
    final Anchor export = new Anchor();
    final Button reassign = new Button();
    final EmptyState empty;
    private final Button clearFilter = new Button();
    private final RegisterService register;
    private final AssignmentService assignments;
    private final OrganisationService organisation;
    private final Messages messages;
    private final Actor actor;
    private boolean entering;

    RegisterView(RegisterService register, AssignmentService assignments, OrganisationService organisation,
                 ConclusionService conclusions, Messages messages, CurrentUser user, IndicatorService indicators) {
        this.register = register;
        this.assignments = assignments;
        this.organisation = organisation;
        this.messages = messages;
        this.actor = user.actor();
        this.filters = new RegisterFilters(actor, organisation, conclusions, indicators.all());
        this.counts = new TimelinessCounts(this::countOf, filters::chooseTimeliness);
        addClassName("chidao-register");
        setSizeFull();
        filters.addChangeListener(this::filterChanged);
        configureGrid();
        cards = PhoneCards.add(grid, RegisterCells::card);
        clearFilter.setText(getTranslation("register.clearFilter"));
        clearFilter.setId("register-clear-filter");
        clearFilter.addClickListener(e -> filters.show(AssignmentFilter.all()));
        empty = new EmptyState("register-empty", VaadinIcon.FILTER.create(), "", "", clearFilter);
        empty.setVisible(false);
        add(filters, actions(), counts, empty, grid);
    }

    private HorizontalLayout actions() {
        export.setId("register-export");
        Button exportButton = new Button(getTranslation("register.export"), VaadinIcon.DOWNLOAD_ALT.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        exportButton.setTabIndex(-1);
        export.add(exportButton);
        reassign.setId("register-reassign");
        reassign.setText(getTranslation("register.reassign"));
        reassign.setIcon(VaadinIcon.EXCHANGE.create());
        reassign.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reassign.setVisible(actor.has(Role.SECRETARIAT));
        reassign.addClickListener(e -> new ReassignDialog(actor, register, assignments, messages,
                organisation.units(actor), filters.filter(), this::refresh).open());
        HorizontalLayout actions = new HorizontalLayout(export, reassign);
        actions.addClassName("chidao-register-actions");
        actions.setWidthFull();
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        return actions;
    }

    private void configureGrid() {
        grid.setId("register-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(RegisterCells::directive).setHeader(getTranslation("register.directive"))
                .setKey("directive").setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(RegisterCells::unit).setHeader(getTranslation("register.unitColumn"))
                .setKey("unit").setWidth("7rem").setFlexGrow(0).setTooltipGenerator(AssignmentRow::unitName);
        grid.addComponentColumn(RegisterCells::deadline).setHeader(getTranslation("register.deadline"))
                .setKey("deadline").setSortProperty("deadline").setWidth("11.5rem").setFlexGrow(0);
        grid.addComponentColumn(RegisterCells::status).setHeader(getTranslation("register.status"))
                .setKey("status").setSortProperty("status").setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(RegisterCells::progress).setHeader(getTranslation("register.progress"))
                .setKey("progress").setSortProperty("progressPercent").setWidth("7.5rem").setFlexGrow(0);
        grid.getColumns().stream().filter(c -> c.getKey() != null
                        && !Arrays.asList("deadline", "status", "progress").contains(c.getKey()))
                .forEach(c -> c.setSortable(false));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("assignments/" + e.getItem().id()));
        grid.setItems(query -> page(pageable(query)).stream(), query -> (int) page(PageRequest.of(0, 1)).getTotalElements());
    }

    /** The register's order: nearest deadline first, ongoing last; a clicked column sorts first. */
    private static Pageable pageable(Query<AssignmentRow, Void> query) {
        PageRequest request = VaadinSpringDataHelpers.toSpringPageRequest(query);
        Sort sort = request.getSort().isSorted() ? request.getSort().and(RegisterController.REGISTER_ORDER)
                : RegisterController.REGISTER_ORDER;
        return request.withSort(sort);
    }

    AssignmentFilter filter() {
        return filters.filter();
    }

    private Page<AssignmentRow> page(Pageable pageable) {
        try {
            return register.page(actor, filter(), pageable);
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
            return Page.empty(pageable);
        }
    }

    private long countOf(Timeliness chosen) {
        try {
            return register.page(actor, filter().withTimeliness(Set.of(chosen)), PageRequest.of(0, 1))
                    .getTotalElements();
        } catch (DomainException refused) {
            return 0;
        }
    }

    private void filterChanged() {
        refresh();
        if (!entering) {
            getUI().ifPresent(ui -> ui.getPage().getHistory()
                    .replaceState(null, new Location(ROUTE, RegisterQuery.write(filter()))));
        }
    }

    /**
     * The counts, the rows and the export of the current filter. With no row, the register says so: that nothing
     * matches the filter, with a way to clear it, or that it is empty.
     */
    private void refresh() {
        AssignmentFilter filter = filter();
        counts.refresh(filter.timeliness());
        boolean none = page(PageRequest.of(0, 1)).getTotalElements() == 0;
        boolean filtered = !filter.equals(AssignmentFilter.all());
        empty.setTexts(getTranslation(filtered ? "register.noMatch" : "register.empty"),
                getTranslation(filtered ? "register.noMatch.hint" : "register.empty.hint"));
        clearFilter.setVisible(filtered);
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getDataProvider().refreshAll();
        export.setHref(download(filter), AttachmentType.DOWNLOAD);
    }

    /** The export of this filter, as the caller (the handler runs later, in the download's own request). */
    private DownloadHandler download(AssignmentFilter filter) {
        Actor caller = actor;
        Locale locale = getLocale();
        RegisterService service = register;
        return SpreadsheetDownload.of(() -> service.export(caller, filter, locale));
    }

    /** The filter comes from the URL (also a link of the dashboard's heatmap). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        entering = true;
        try {
            filters.show(RegisterQuery.read(event.getLocation().getQueryParameters()));
        } finally {
            entering = false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.register");
    }
}
