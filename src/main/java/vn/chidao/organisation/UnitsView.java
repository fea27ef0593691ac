package vn.chidao.organisation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.AppClock;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Badges;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.base.ui.Feedback;

/**
 * The units of a government as a tree (departments and districts, the communes under their district, each with
 * its kind); its administrators add units, at the top or under one, and rename or move them.
 */
@Route("admin/units")
@Menu(title = "menu.units", icon = "vaadin:sitemap", order = 91)
@RolesAllowed("ADMIN")
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<GovernmentDto> government = new ComboBox<>();
    final TreeGrid<UnitDto> grid = new TreeGrid<>();
    final Button create = new Button();
    final Button merge = new Button();

    private final OrganisationService organisation;
    private final UnitEndings endings;
    private final CurrentUser user;
    private final Messages messages;
    private final AppClock clock;
    private final EmptyState empty;
    private List<UnitDto> units = List.of();

    UnitsView(OrganisationService organisation, UnitEndings endings, CurrentUser user, Messages messages,
              AppClock clock) {
        this.clock = clock;
        this.organisation = organisation;
        this.endings = endings;
        this.user = user;
        this.messages = messages;
        setSizeFull();
        addClassName("chidao-admin");
        List<GovernmentDto> governments = organisation.governments(user.actor());
        government.setLabel(getTranslation("units.government"));
        government.setId("government");
        government.setItems(governments);
        government.setItemLabelGenerator(g -> g.code() + " · " + g.name());
        government.setVisible(user.actor().isInstallationAdmin());
        government.setMinWidth("20rem");
        government.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("units.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("new-unit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreate(null));
        merge.setText(getTranslation("units.merge"));
        merge.setIcon(VaadinIcon.COMPRESS.create());
        merge.setId("merge-units");
        merge.addClickListener(e -> openMerge());
        HorizontalLayout bar = new HorizontalLayout(government, create, merge);
        bar.setAlignItems(FlexComponent.Alignment.END);
        bar.setWrap(true);
        empty = new EmptyState("units-empty", VaadinIcon.SITEMAP.create(), "", "");
        configureGrid();
        add(bar, grid);
        if (!governments.isEmpty()) {
            government.setValue(governments.stream().filter(g -> g.id() == orZero(user.actor().governmentId()))
                    .findFirst().orElse(governments.get(0)));
        }
        refresh();
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private void configureGrid() {
        grid.setId("units");
        grid.addComponentHierarchyColumn(this::nameOf).setHeader(getTranslation("units.name"))
                .setKey("name").setFlexGrow(3);
        grid.addColumn(UnitDto::shortName).setHeader(getTranslation("units.shortName")).setKey("shortName")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UnitDto::code).setHeader(getTranslation("units.code")).setKey("code").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(UnitsView::kindBadge).setHeader(getTranslation("units.kind")).setKey("kind")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("units.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateComponent(empty);
    }

    /** Departments in the primary colour, districts green, communes and others grey. */
    static Span kindBadge(UnitDto unit) {
        String theme = switch (unit.kind()) {
            case DEPARTMENT -> "badge small";
            case DISTRICT -> "badge success small";
            default -> "badge contrast small";
        };
        return Badges.of("unitKind." + unit.kind().name(), theme);
    }

    /** The name; an ended unit greyed, with "Đã kết thúc 01/07/2025 → Xã A, Xã B". */
    private Component nameOf(UnitDto unit) {
        Span name = new Span(unit.name());
        if (!unit.isEnded()) {
            return name;
        }
        Map<String, String> names = units.stream().collect(Collectors.toMap(UnitDto::code, UnitDto::name));
        String successors = unit.successors().stream().map(c -> names.getOrDefault(c, c))
                .collect(Collectors.joining(", "));
        Span ended = new Span(getTranslation("units.ended", Dates.format(unit.validTo()), successors));
        ended.addClassName("chidao-unit-ended");
        ended.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span cell = new Span(name, new Span(" · "), ended);
        cell.getStyle().set("color", "var(--lumo-secondary-text-color)");
        cell.setId("unit-name-" + unit.code());
        return cell;
    }

    private Component actions(UnitDto unit) {
        if (unit.isEnded()) {
            return new Span();
        }
        Button end = iconButton(VaadinIcon.BAN, "units.endAction", unit, "unit-end-");
        end.addClickListener(e -> openEnd(unit));
        Button edit = iconButton(VaadinIcon.EDIT, "units.edit", unit, "unit-edit-");
        edit.addClickListener(e -> openEdit(unit));
        Button child = iconButton(VaadinIcon.PLUS, "units.addChild", unit, "unit-add-");
        child.addClickListener(e -> openCreate(unit));
        HorizontalLayout actions = new HorizontalLayout(edit, child, end);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String key, UnitDto unit, String idPrefix) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        String text = getTranslation(key, unit.name());
        button.setAriaLabel(text);
        button.setTooltipText(text);
        button.setId(idPrefix + unit.code());
        return button;
    }

    private void refresh() {
        GovernmentDto chosen = government.getValue();
        create.setEnabled(chosen != null);
        merge.setEnabled(chosen != null);
        units = List.of();
        if (chosen != null) {
            try {
                units = organisation.unitsOf(user.actor(), chosen.code());
            } catch (DomainException e) {
                Feedback.refused(messages, e);
            }
        }
        empty.setTexts(getTranslation(chosen == null ? "units.noGovernment" : "units.emptyTitle"),
                getTranslation(chosen == null ? "units.noGovernmentHint" : "units.empty"));
        TreeData<UnitDto> tree = treeOf(units);
        grid.setDataProvider(new TreeDataProvider<>(tree));
        grid.expandRecursively(tree.getRootItems(), Integer.MAX_VALUE);
    }

    /** Each unit under its parent; one whose parent is not listed stands at the top. Order within a level is kept. */
    static TreeData<UnitDto> treeOf(List<UnitDto> units) {
        Map<String, UnitDto> byCode = units.stream().collect(Collectors.toMap(UnitDto::code, Function.identity()));
        TreeData<UnitDto> tree = new TreeData<>();
        units.forEach(u -> addWithParents(tree, u, byCode, units.size()));
        return tree;
    }

    /** Parents first; {@code depth} stops a cycle the service would have refused (the unit then stands at the top). */
    private static void addWithParents(TreeData<UnitDto> tree, UnitDto unit, Map<String, UnitDto> byCode, int depth) {
        if (tree.contains(unit)) {
            return;
        }
        UnitDto parent = unit.parentCode() == null || depth == 0 ? null : byCode.get(unit.parentCode());
        if (parent != null) {
            addWithParents(tree, parent, byCode, depth - 1);
        }
        tree.addItem(parent != null && tree.contains(parent) ? parent : null, unit);
    }

    private void openCreate(UnitDto parent) {
        new UnitDialog(messages, government.getValue(), units, parent,
                command -> organisation.createUnit(user.actor(), command), created -> {
                    refresh();
                    Feedback.success(getTranslation("units.created", created.label()));
                }).open();
    }

    private void openEdit(UnitDto unit) {
        GovernmentDto chosen = government.getValue();
        new UnitEditDialog(messages, unit, units,
                change -> organisation.updateUnit(user.actor(), chosen.code(), unit.code(), change), saved -> {
                    refresh();
                    Feedback.success(getTranslation("units.saved", saved.label()));
                }).open();
    }

    private void openEnd(UnitDto unit) {
        GovernmentDto chosen = government.getValue();
        try {
            List<UnitEndings.OpenWork> work = endings.openWork(user.actor(), chosen.code(), unit.code());
            new UnitEndDialog(messages, unit, units, work, LocalDate.now(clock),
                    request -> endings.end(user.actor(), chosen.code(), unit.code(), request), result -> {
                        refresh();
                        Feedback.success(getTranslation("units.endDone", unit.label(), result.moved().size()));
                    }).open();
        } catch (DomainException e) {
            Feedback.refused(messages, e);
        }
    }

    private void openMerge() {
        GovernmentDto chosen = government.getValue();
        new UnitMergeDialog(messages, units, LocalDate.now(clock),
                request -> endings.merge(user.actor(), chosen.code(), request), results -> {
                    refresh();
                    Feedback.success(getTranslation("units.mergeDone", results.size(),
                            results.stream().mapToInt(r -> r.moved().size()).sum()));
                }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.units");
    }
}
