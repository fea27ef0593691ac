package vn.chidao.conclusion;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.apache.commons.lang3.StringUtils;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.chidao.base.Role;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CurrentUser;

/** Every conclusion of the caller's government, newest first, filtered by status and text. */
@Route("conclusions")
@Menu(title = "menu.conclusions", icon = "vaadin:file-text-o", order = 20)
@RolesAllowed({"SECRETARIAT", "LEADER", "GOVERNMENT_ADMIN"})
class ConclusionListView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    final Grid<ConclusionSummary> grid = new Grid<>();
    final Select<ConclusionStatus> status = new Select<>();
    final TextField search = new TextField();

    private final ConclusionService conclusions;
    private final CurrentUser user;
    private final Paragraph empty = new Paragraph();

    ConclusionListView(ConclusionService conclusions, CurrentUser user) {
        this.conclusions = conclusions;
        this.user = user;
        setSizeFull();
        addClassName("chidao-conclusion-list");
        configureGrid();
        add(toolbar(), grid);
    }

    private HorizontalLayout toolbar() {
        status.setLabel(getTranslation("list.status"));
        status.setId("status-filter");
        status.setItems(ConclusionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("list.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("list.allStatuses")
                : getTranslation("status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("list.search"));
        search.setId("search");
        search.setPlaceholder(getTranslation("list.searchHint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(300);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(search, status);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.expand(search);
        if (user.actor().has(Role.SECRETARIAT)) {
            Button create = new Button(getTranslation("list.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate("conclusions/new"));
            create.setId("new-conclusion");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        }
        return bar;
    }

    private void configureGrid() {
        grid.setId("conclusions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> c.number() == null ? "" : c.number()).setHeader(getTranslation("list.number"))
                .setKey("number").setWidth("10rem").setFlexGrow(0).setSortProperty("number");
        grid.addColumn(ConclusionSummary::title).setHeader(getTranslation("list.title"))
                .setKey("title").setFlexGrow(3).setSortProperty("title");
        grid.addColumn(ConclusionSummary::committee).setHeader(getTranslation("list.committee"))
                .setKey("committee").setFlexGrow(2);
        grid.addColumn(c -> Dates.format(c.meetingDate())).setHeader(getTranslation("list.meetingDate"))
                .setKey("meetingDate").setWidth("9rem").setFlexGrow(0).setSortProperty("meetingDate");
        grid.addComponentColumn(c -> Badges.status(c.status())).setHeader(getTranslation("list.status"))
                .setKey("status").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(ConclusionSummary::directiveCount).setHeader(getTranslation("list.directives"))
                .setKey("directives").setWidth("7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setItems(query -> conclusions.page(user.actor(), filter(), pageable(query)).stream(),
                query -> (int) conclusions.page(user.actor(), filter(), PageRequest.of(0, 1)).getTotalElements());
        grid.addItemClickListener(e -> UI.getCurrent().navigate("conclusions/" + e.getItem().id()));
        empty.addClassName("chidao-conclusion-empty");
        empty.setId("empty-state");
        empty.setText(emptyText());
        grid.setEmptyStateComponent(empty);
    }

    private static Pageable pageable(com.vaadin.flow.data.provider.Query<ConclusionSummary, Void> query) {
        Pageable asked = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return asked.getSort().isSorted() ? asked
                : PageRequest.of(asked.getPageNumber(), asked.getPageSize(), NEWEST_FIRST);
    }

    private ConclusionFilter filter() {
        String text = StringUtils.trimToNull(search.getValue());
        return new ConclusionFilter(status.getValue(), text);
    }

    private void refresh() {
        empty.setText(emptyText());
        grid.getDataProvider().refreshAll();
    }

    private String emptyText() {
        if (status.getValue() != null || !search.getValue().isBlank()) {
            return getTranslation("list.emptyFiltered");
        }
        return getTranslation(user.actor().has(Role.SECRETARIAT) ? "list.emptySecretariat" : "list.emptyLeader");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.conclusions");
    }
}
