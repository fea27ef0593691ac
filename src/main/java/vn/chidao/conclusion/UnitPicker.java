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

    /** What the browser tells the server when Enter is pressed on typed text. */
    static final String ONLY_MATCH_EVENT = "chidao-only-match";

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
        pickOnlyMatchOnEnter();
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

    /**
     * Enter picks the only unit the typed text matches, as people expect of a filtered list; the box itself picks
     * only an item moved to with the arrow keys. While its list is open, the box keeps Enter to itself, so a
     * listener caught before it (capturing) tells the server the typed text; the server picks the match (if it is
     * the only one and not picked yet) and empties the text for the next unit.
     */
    private void pickOnlyMatchOnEnter() {
        units.getElement()
                .addEventListener(ONLY_MATCH_EVENT, e -> pickOnlyMatch(e.getEventData().getString("event.detail")))
                .addEventData("event.detail");
        units.addAttachListener(e -> units.getElement().executeJs("""
                if (!this.__chidaoEnter) {
                  this.__chidaoEnter = true;
                  this.addEventListener('keydown', (event) => {
                    if (event.key === 'Enter' && this.filter) {
                      this.dispatchEvent(new CustomEvent($0, { detail: this.filter }));
                    }
                  }, true);
                }""", ONLY_MATCH_EVENT));
    }

    /** Picks the one offered unit whose label contains {@code typed} (case aside); nothing when none or several do. */
    void pickOnlyMatch(String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String wanted = typed.trim().toLowerCase(getLocale());
        List<UnitDto> matches = offered.fetch(new Query<>())
                .filter(u -> units.getItemLabelGenerator().apply(u).toLowerCase(getLocale()).contains(wanted))
                .limit(2).toList();
        if (matches.size() != 1 || units.getValue().contains(matches.get(0))) {
            return;
        }
        Set<UnitDto> picked = new LinkedHashSet<>(units.getValue());
        picked.add(matches.get(0));
        units.setValue(picked);
        units.getElement().executeJs("this.filter = ''; if (this.inputElement) { this.inputElement.value = ''; }");
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
