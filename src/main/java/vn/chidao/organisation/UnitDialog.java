package vn.chidao.organisation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Map;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CreateDialog;

/** Creates a unit of a government: code, name, kind, and optionally the unit it belongs to (given when added under it). */
class UnitDialog extends CreateDialog<UnitForm, UnitDto> {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField shortName = new TextField();
    final AliasesField aliases = new AliasesField("unit-aliases");
    final Select<UnitKind> kind = new Select<>();
    final ComboBox<UnitDto> parent = new ComboBox<>();

    private final GovernmentDto government;
    private final SerializableFunction<NewUnit, UnitDto> action;

    UnitDialog(Messages messages, GovernmentDto government, List<UnitDto> units, UnitDto under,
               SerializableFunction<NewUnit, UnitDto> action, SerializableConsumer<UnitDto> created) {
        super(UnitForm.class, messages, "unit", "admin.create", "admin.cancel");
        this.government = government;
        this.action = action;
        setHeaderTitle(under == null ? getTranslation("units.newIn", government.name())
                : getTranslation("units.newUnder", under.name()));
        code.setLabel(getTranslation("units.code"));
        code.setHelperText(getTranslation("units.codeHint"));
        code.setId("unit-code");
        name.setLabel(getTranslation("units.name"));
        name.setPlaceholder(getTranslation("units.nameHint"));
        name.setId("unit-name");
        shortName.setLabel(getTranslation("units.shortName"));
        shortName.setHelperText(getTranslation("units.shortNameHint"));
        shortName.setMaxLength(UnitDto.SHORT_NAME_MAX);
        shortName.setId("unit-short-name");
        kind.setLabel(getTranslation("units.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("unitKind." + k.name()));
        kind.setId("unit-kind");
        parent.setLabel(getTranslation("units.parent"));
        parent.setHelperText(getTranslation("units.parentHint"));
        parent.setItems(units.stream().filter(u -> !u.isEnded()).toList());
        parent.setItemLabelGenerator(UnitDto::label);
        parent.setClearButtonVisible(true);
        parent.setId("unit-parent");
        String required = getTranslation("error.required");
        binder.forField(code).asRequired(required).bind("code");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(shortName).bind("shortName");
        binder.forField(aliases).bind("aliases");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(parent).bind("parent");
        UnitForm bean = new UnitForm();
        bean.setParent(under);
        if (under != null && under.kind() == UnitKind.DISTRICT) {
            bean.setKind(UnitKind.COMMUNE);
        }
        binder.setBean(bean);
        FormLayout form = new FormLayout(code, name, shortName, kind, parent, aliases);
        form.setColspan(name, 2);
        form.setColspan(aliases, 2);
        finish(form, code, "min(40rem, 95vw)", created);
    }

    @Override
    protected UnitDto save(UnitForm form) {
        return action.apply(form.toCommand(government.code()));
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("code", code, "name", name, "shortName", shortName, "kind", kind, "parentCode", parent,
                "aliases", aliases);
    }
}
