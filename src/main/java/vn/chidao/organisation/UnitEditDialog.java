package vn.chidao.organisation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CreateDialog;

/**
 * Renames a unit (name, code, kind) or moves it under another unit, or to the top. Only units outside its own
 * branch are offered as the new parent (the service refuses a cycle all the same); its own units move with it.
 */
class UnitEditDialog extends CreateDialog<UnitForm, UnitDto> {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final AliasesField aliases = new AliasesField("unit-edit-aliases");
    final Select<UnitKind> kind = new Select<>();
    final ComboBox<UnitDto> parent = new ComboBox<>();

    private final SerializableFunction<UnitChange, UnitDto> action;

    UnitEditDialog(Messages messages, UnitDto unit, List<UnitDto> units,
                   SerializableFunction<UnitChange, UnitDto> action, SerializableConsumer<UnitDto> saved) {
        super(UnitForm.class, messages, "unit-edit", "admin.save", "admin.cancel");
        this.action = action;
        create.setId("unit-save");
        setHeaderTitle(getTranslation("units.editTitle", unit.label()));
        code.setLabel(getTranslation("units.code"));
        code.setHelperText(getTranslation("units.codeChangeHint"));
        code.setId("unit-edit-code");
        name.setLabel(getTranslation("units.name"));
        name.setId("unit-edit-name");
        shortName.setLabel(getTranslation("units.shortName"));
        shortName.setHelperText(getTranslation("units.shortNameHint"));
        shortName.setMaxLength(UnitDto.SHORT_NAME_MAX);
        shortName.setId("unit-edit-short-name");
        kind.setLabel(getTranslation("units.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("unitKind." + k.name()));
        kind.setId("unit-edit-kind");
        Set<String> branch = branchOf(unit, units);
        parent.setLabel(getTranslation("units.parent"));
        parent.setHelperText(getTranslation("units.moveHint"));
        parent.setItems(units.stream().filter(u -> !branch.contains(u.code()) && !u.isEnded()).toList());
        parent.setItemLabelGenerator(UnitDto::label);
        parent.setClearButtonVisible(true);
        parent.setPlaceholder(getTranslation("units.top"));
        parent.setId("unit-edit-parent");
        String required = getTranslation("error.required");
        binder.forField(code).asRequired(required).bind("code");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(shortName).bind("shortName");
        binder.forField(aliases).bind("aliases");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(parent).bind("parent");
        binder.setBean(UnitForm.of(unit, units.stream().filter(u -> u.code().equals(unit.parentCode()))
                .findFirst().orElse(null)));
        FormLayout form = new FormLayout(code, name, shortName, kind, parent, aliases);
        form.setColspan(name, 2);
        form.setColspan(aliases, 2);
        form.setColspan(parent, 2);
        finish(form, code, "min(40rem, 95vw)", saved);
    }

    /** The unit and every unit below it, by code. */
    static Set<String> branchOf(UnitDto unit, List<UnitDto> units) {
        Set<String> branch = new HashSet<>(Set.of(unit.code()));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (UnitDto u : units) {
                if (u.parentCode() != null && branch.contains(u.parentCode()) && branch.add(u.code())) {
                    grown = true;
                }
            }
        }
        return branch;
    }

    @Override
    protected UnitDto save(UnitForm form) {
        return action.apply(form.toChange());
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("code", code, "name", name, "shortName", shortName, "kind", kind, "parentCode", parent,
                "aliases", aliases);
    }
}
