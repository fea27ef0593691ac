package vn.chidao.indicator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CurrentUser;
import vn.chidao.base.ui.Feedback;

/**
 * The DTI indicators as the installation keeps them: each main indicator with its weight, followed by its
 * sub-indicators. The installation's administrator edits names and weights; a government's administrator reads them.
 */
@Route("admin/indicators")
@Menu(title = "menu.indicators", icon = "vaadin:chart-grid", order = 94)
@RolesAllowed("ADMIN")
class IndicatorsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<IndicatorDto> grid = new Grid<>();
    final Paragraph total = new Paragraph();

    private final IndicatorService indicators;
    private final CurrentUser user;
    private final Messages messages;

    IndicatorsView(IndicatorService indicators, CurrentUser user, Messages messages) {
        this.indicators = indicators;
        this.user = user;
        this.messages = messages;
        setSizeFull();
        addClassName("chidao-admin");
        Paragraph note = new Paragraph(getTranslation(user.actor().isInstallationAdmin() ? "indicators.note"
                : "indicators.onlyInstallationAdmin"));
        note.addClassName("chidao-admin-note");
        total.setId("indicators-total");
        grid.setId("indicators");
        // Wrapped names, narrow figures: the whole table fits a phone's width without a sideways scroll.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IndicatorDto::code).setHeader(getTranslation("indicators.code")).setKey("code")
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(i -> (i.isMain() ? "" : "— ") + i.name(getLocale())).setHeader(getTranslation("indicators.name"))
                .setKey("name").setFlexGrow(1);
        grid.addColumn(i -> i.weight() == null ? "" : String.valueOf(i.weight()))
                .setHeader(getTranslation("indicators.points")).setKey("weight").setWidth("4.5rem").setFlexGrow(0);
        if (user.actor().isInstallationAdmin()) {
            grid.addComponentColumn(this::editButton).setKey("actions").setWidth("4rem").setFlexGrow(0);
        }
        grid.setPartNameGenerator(i -> i.isMain() ? "main-indicator" : null);
        add(note, total, grid);
        refresh();
    }

    private Button editButton(IndicatorDto indicator) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new IndicatorDialog(messages, indicator,
                change -> indicators.update(user.actor(), indicator.code(), change), saved -> {
                    refresh();
                    Feedback.success(getTranslation("indicators.saved", saved.code()));
                }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        String text = getTranslation("indicators.edit", indicator.code());
        edit.setAriaLabel(text);
        edit.setTooltipText(text);
        edit.setId("indicator-edit-" + indicator.code());
        return edit;
    }

    private void refresh() {
        List<IndicatorDto> all = indicators.all();
        grid.setItems(all);
        int sum = all.stream().filter(IndicatorDto::isMain).mapToInt(i -> i.weight() == null ? 0 : i.weight()).sum();
        total.setText(getTranslation("indicators.total", sum));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.indicators");
    }
}
