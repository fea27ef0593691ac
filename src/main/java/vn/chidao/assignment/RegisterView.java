package vn.chidao.assignment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.DaysLeft;
import vn.chidao.base.ui.Feedback;
import vn.chidao.conclusion.ConclusionFilter;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.ConclusionStatus;
import vn.chidao.conclusion.ConclusionSummary;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * The register (sổ theo dõi): every assignment the caller may see, by unit, status, timeliness and
 * conclusion, with the official 2×2 counts of the current filter above the list. {@code ?conclusion=<id>}
 * opens it on one conclusion.
 */
@Route("register")
@Menu(title = "menu.register", icon = "vaadin:book", order = 40)
@RolesAllowed({"SECRETARIAT", "LEADER", "UNIT_HEAD", "FOCAL_POINT"})
class RegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<UnitDto> unit = new ComboBox<>();
    final ComboBox<AssignmentStatus> status = new ComboBox<>();
    final ComboBox<Timeliness> timeliness = new ComboBox<>();
    final ComboBox<ConclusionOption> conclusion = new ComboBox<>();
    final Grid<AssignmentRow> grid = new Grid<>();
    final TimelinessCounts counts;
    private final AssignmentService assignments;
    private final ConclusionService conclusions;
    private final Messages messages;
    private final Actor actor;

    /** A conclusion in the filter: its id and "number — title". */
    record ConclusionOption(long id, String label) {
    }

    RegisterView(AssignmentService assignments, OrganisationService organisation, ConclusionService conclusions,
                 Messages messages, CurrentUser user) {
        this.assignments = assignments;
        this.conclusions = conclusions;
        this.messages = messages;
        this.actor = user.actor();
        this.counts = new TimelinessCounts(this::countOf, chosen -> timeliness.setValue(chosen));
        addClassName("chidao-register");
        setSizeFull();
        configureFilters(organisation);
        configureGrid();
        add(filters(), counts, grid);
        refresh();
    }

    private boolean seesWholeGovernment() {
        return actor.hasAny(Role.SECRETARIAT, Role.LEADER, Role.ADMIN);
    }

    private void configureFilters(OrganisationService organisation) {
        unit.setId("filter-unit");
        unit.setLabel(getTranslation("register.unit"));
        unit.setItems(organisation.units(actor));
        unit.setItemLabelGenerator(UnitDto::label);
        unit.setVisible(seesWholeGovernment());
        status.setId("filter-status");
        status.setLabel(getTranslation("register.status"));
        status.setItems(AssignmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        timeliness.setId("filter-timeliness");
        timeliness.setLabel(getTranslation("register.timeliness"));
        timeliness.setItems(Timeliness.values());
        timeliness.setItemLabelGenerator(t -> getTranslation("timeliness." + t.name()));
        conclusion.setId("filter-conclusion");
        conclusion.setLabel(getTranslation("register.conclusion"));
        conclusion.setItemLabelGenerator(ConclusionOption::label);
        conclusion.setVisible(seesWholeGovernment());
        if (seesWholeGovernment()) {
            Sort newestFirst = Sort.by(Sort.Order.desc("issuedDate"), Sort.Order.desc("id"));
            conclusion.setItems(query -> conclusions.page(actor,
                    new ConclusionFilter(ConclusionStatus.ISSUED, query.getFilter().orElse(null)),
                    PageRequest.of(query.getPage(), query.getPageSize(), newestFirst))
                    .stream().map(RegisterView::option));
        }
        for (ComboBox<?> box : new ComboBox<?>[] {unit, status, timeliness, conclusion}) {
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("register.all"));
            box.addValueChangeListener(e -> refresh());
        }
        unit.setMinWidth("14rem");
        conclusion.setMinWidth("16rem");
    }

    private HorizontalLayout filters() {
        HorizontalLayout filters = new HorizontalLayout(unit, status, timeliness, conclusion);
        filters.addClassName("chidao-filters");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.END);
        return filters;
    }

    private void configureGrid() {
        grid.setId("register-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(RegisterView::directiveCell).setHeader(getTranslation("register.directive"))
                .setKey("directive").setWidth("11rem").setFlexGrow(1);
        grid.addComponentColumn(RegisterView::unitCell).setHeader(getTranslation("register.unitColumn"))
                .setKey("unit").setWidth("7rem").setFlexGrow(0).setTooltipGenerator(AssignmentRow::unitName);
        grid.addComponentColumn(this::deadlineCell).setHeader(getTranslation("register.deadline"))
                .setKey("deadline").setSortProperty("deadline").setWidth("8.5rem").setFlexGrow(0);
        grid.addComponentColumn(RegisterView::statusCell).setHeader(getTranslation("register.status"))
                .setKey("status").setSortProperty("status").setWidth("12rem").setFlexGrow(0);
        grid.addComponentColumn(RegisterView::progressCell).setHeader(getTranslation("register.progress"))
                .setKey("progress").setSortProperty("progressPercent").setWidth("7.5rem").setFlexGrow(0);
        grid.getColumns().stream().filter(c -> c.getKey() != null
                        && !Arrays.asList("deadline", "status", "progress").contains(c.getKey()))
                .forEach(c -> c.setSortable(false));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("assignments/" + e.getItem().id()));
        grid.setItems(query -> page(pageable(query)).stream(), query -> (int) page(PageRequest.of(0, 1)).getTotalElements());
    }

    /** The conclusion's number above the directive's ordinal and content (two lines at most). */
    private static Div directiveCell(AssignmentRow row) {
        Span number = new Span(Objects.toString(row.conclusionNumber(), ""));
        number.addClassName("chidao-cell-overline");
        Span ordinal = new Span(row.directiveOrdinal() + ".");
        ordinal.addClassName("chidao-ordinal");
        // A real link: reachable by keyboard, and opens in a new tab when wanted; the row's click does the rest.
        Anchor content = new Anchor("assignments/" + row.id(), row.content());
        content.addClassNames("chidao-clamp-2", "chidao-row-link");
        content.getElement().setAttribute("title", row.content());
        content.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        Div line = new Div(ordinal, content);
        line.addClassName("chidao-directive-cell");
        return new Div(number, line);
    }

    /** The unit's code, and its part: chủ trì or phối hợp. */
    private static Div unitCell(AssignmentRow row) {
        Span role = Badges.role(row.role());
        role.addClassName("chidao-role");
        Div cell = new Div(new Div(row.unitCode()), role);
        cell.addClassName("chidao-stack");
        return cell;
    }

    /** Where the process stands and how it stands against the deadline. */
    private static Div statusCell(AssignmentRow row) {
        Span status = Badges.status(row.status());
        status.addClassName("chidao-status");
        Span timeliness = Badges.timeliness(row.timeliness());
        timeliness.addClassName("chidao-timeliness");
        Div cell = new Div(status, timeliness);
        cell.addClassName("chidao-stack");
        return cell;
    }

    private Div deadlineCell(AssignmentRow row) {
        Div cell = new Div();
        if (row.deadline() == null) {
            cell.add(DaysLeft.of(null, null));
            return cell;
        }
        cell.add(new Div(Dates.format(row.deadline())));
        if (row.originalDeadline() != null && !row.originalDeadline().equals(row.deadline())) {
            Span original = new Span(getTranslation("register.originalDeadline", Dates.format(row.originalDeadline())));
            original.addClassName("chidao-muted");
            cell.add(new Div(original));
        }
        if (row.daysLeft() != null) {
            cell.add(DaysLeft.of(row.deadline(), row.daysLeft()));
        }
        return cell;
    }

    private static Div progressCell(AssignmentRow row) {
        ProgressBar bar = new ProgressBar(0, 100, row.progressPercent());
        bar.addClassName("chidao-progress");
        Span percent = new Span(row.progressPercent() + "%");
        percent.addClassName("chidao-progress-text");
        Div cell = new Div(bar, percent);
        cell.addClassName("chidao-progress-cell");
        return cell;
    }

    private static ConclusionOption option(ConclusionSummary summary) {
        return new ConclusionOption(summary.id(), Objects.toString(summary.number(), "") + " — " + summary.title());
    }

    /** The register's order: nearest deadline first, ongoing last; a clicked column sorts first. */
    private static Pageable pageable(Query<AssignmentRow, Void> query) {
        PageRequest request = VaadinSpringDataHelpers.toSpringPageRequest(query);
        Sort sort = request.getSort().isSorted() ? request.getSort().and(RegisterController.REGISTER_ORDER)
                : RegisterController.REGISTER_ORDER;
        return request.withSort(sort);
    }

    AssignmentFilter filter() {
        return filter(timeliness.getValue());
    }

    private AssignmentFilter filter(Timeliness chosen) {
        return new AssignmentFilter(unit.getValue() == null ? null : unit.getValue().code(), status.getValue(), chosen,
                conclusion.getValue() == null ? null : conclusion.getValue().id());
    }

    private Page<AssignmentRow> page(Pageable pageable) {
        try {
            return assignments.page(actor, filter(), pageable);
        } catch (DomainException refused) {
            Feedback.refused(messages, refused);
            return Page.empty(pageable);
        }
    }

    private long countOf(Timeliness chosen) {
        try {
            return assignments.page(actor, filter(chosen), PageRequest.of(0, 1)).getTotalElements();
        } catch (DomainException refused) {
            return 0;
        }
    }

    private void refresh() {
        counts.refresh(timeliness.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("conclusion")
                .flatMap(RegisterView::parseId).ifPresent(this::showConclusion);
    }

    private void showConclusion(long id) {
        String label;
        try {
            var found = conclusions.get(actor, id);
            label = Objects.toString(found.number(), "") + " — " + found.title();
        } catch (DomainException refused) {
            label = "#" + id;
        }
        ConclusionOption chosen = new ConclusionOption(id, label);
        if (!seesWholeGovernment()) {
            // Unit roles cannot list conclusions; they still may narrow the register to one.
            conclusion.setItems(chosen);
            conclusion.setVisible(true);
        }
        conclusion.setValue(chosen);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.register");
    }
}
