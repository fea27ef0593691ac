package vn.chidao.conclusion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.Query;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.chidao.organisation.UnitDto;
import vn.chidao.organisation.UnitKind;

/**
 * Several units picked at once: a multi-select box, and the shortcuts "Tất cả quận, huyện" (every DISTRICT unit)
 * and "Tất cả sở, ngành" (every DEPARTMENT unit), which add those units to what is already picked. A unit left
 * out of the offer (the directive's lead) is never added.
 */
class UnitPicker extends Div {

    final MultiSelectComboBox<UnitDto> units = new MultiSelectComboBox<>();
    final Button allDistricts = new Button(VaadinIcon.MAP_MARKER.create());
    final Button allDepartments = new Button(VaadinIcon.OFFICE.create());

    private final ListDataProvider<UnitDto> offered;

    UnitPicker(List<UnitDto> all) {
        this.offered = new ListDataProvider<>(all);
        addClassName("chidao-unit-picker");
        units.setItems(offered);
        units.setItemLabelGenerator(UnitDto::label);
        units.setClearButtonVisible(true);
        units.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        units.setSelectedItemsOnTop(true);
        units.setWidthFull();
        allDistricts.setText(getTranslation("editor.directive.allDistricts"));
        allDistricts.addClickListener(e -> addAll(UnitKind.DISTRICT));
        allDepartments.setText(getTranslation("editor.directive.allDepartments"));
        allDepartments.addClickListener(e -> addAll(UnitKind.DEPARTMENT));
        Div shortcuts = new Div(allDistricts, allDepartments);
        shortcuts.addClassName("chidao-unit-picker-shortcuts");
        for (Button b : List.of(allDistricts, allDepartments)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.setEnabled(all.stream().anyMatch(u -> u.kind() == kindOf(b)));
        }
        add(units, shortcuts);
    }

    private UnitKind kindOf(Button b) {
        return b == allDistricts ? UnitKind.DISTRICT : UnitKind.DEPARTMENT;
    }

    /** Adds every offered unit of {@code kind} to the picked ones, keeping those already picked. */
    void addAll(UnitKind kind) {
        Set<UnitDto> picked = new LinkedHashSet<>(units.getValue());
        offered.fetch(new Query<>()).filter(u -> u.kind() == kind).forEach(picked::add);
        units.setValue(picked);
    }

    /** Offers every unit but {@code left}, and unpicks it if it was picked. */
    void offerAllBut(UnitDto left) {
        offered.setFilter(u -> !u.equals(left));
        if (left != null && units.getValue().contains(left)) {
            units.deselect(left);
        }
    }

    void place(String prefix) {
        units.setId(prefix + "coordinating");
        allDistricts.setId(prefix + "all-districts");
        allDepartments.setId(prefix + "all-departments");
    }
}
