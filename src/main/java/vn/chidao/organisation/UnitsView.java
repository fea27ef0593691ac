package vn.chidao.organisation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;

/** The units of a government (departments, districts, communes); its administrators add new ones. */
@Route("admin/units")
@Menu(title = "menu.units", icon = "vaadin:sitemap", order = 91)
@RolesAllowed("ADMIN")
class UnitsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<GovernmentDto> government = new ComboBox<>();
    final Grid<UnitDto> grid = new Grid<>();
    final Button create = new Button();

    private final OrganisationService organisation;
    private final CurrentUser user;
    private final Messages messages;
    private List<UnitDto> units = List.of();
    private Map<String, UnitDto> byCode = Map.of();

    UnitsView(OrganisationService organisation, CurrentUser user, Messages messages) {
        this.organisation = organisation;
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
        create.addClickListener(e -> openDialog());
        HorizontalLayout bar = new HorizontalLayout(government, create);
        bar.setAlignItems(FlexComponent.Alignment.END);
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
        grid.addColumn(UnitDto::code).setHeader(getTranslation("units.code")).setKey("code")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(UnitDto::name).setHeader(getTranslation("units.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(u -> getTranslation("unitKind." + u.kind().name())).setHeader(getTranslation("units.kind"))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(this::parentLabel).setHeader(getTranslation("units.parent")).setKey("parent").setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("units.empty"));
    }

    private String parentLabel(UnitDto unit) {
        if (unit.parentCode() == null) {
            return "";
        }
        UnitDto parent = byCode.get(unit.parentCode());
        return parent == null ? unit.parentCode() : parent.label();
    }

    private void refresh() {
        GovernmentDto chosen = government.getValue();
        create.setEnabled(chosen != null);
        if (chosen == null) {
            units = List.of();
        } else {
            try {
                units = organisation.unitsOf(user.actor(), chosen.code());
            } catch (DomainException e) {
                Feedback.refused(messages, e);
                units = List.of();
            }
        }
        byCode = units.stream().collect(Collectors.toMap(UnitDto::code, Function.identity()));
        grid.setItems(units);
    }

    private void openDialog() {
        GovernmentDto chosen = government.getValue();
        new UnitDialog(messages, chosen, units, command -> organisation.createUnit(user.actor(), command),
                created -> {
                    refresh();
                    Feedback.success(getTranslation("units.created", created.label()));
                }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.units");
    }
}
