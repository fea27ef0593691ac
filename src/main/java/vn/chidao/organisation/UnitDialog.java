package vn.chidao.organisation;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import java.util.Map;
import vn.chidao.base.ConflictException;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;

/** Creates a unit of a government: code, name, kind, and optionally the unit it belongs to. */
class UnitDialog extends Dialog {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<UnitKind> kind = new Select<>();
    final ComboBox<UnitDto> parent = new ComboBox<>();
    final Button create = new Button();

    private final BeanValidationBinder<UnitForm> binder = new BeanValidationBinder<>(UnitForm.class);

    UnitDialog(Messages messages, GovernmentDto government, List<UnitDto> units,
               SerializableFunction<NewUnit, UnitDto> action, SerializableConsumer<UnitDto> created) {
        setHeaderTitle(getTranslation("units.newIn", government.name()));
        setId("unit-dialog");
        code.setLabel(getTranslation("units.code"));
        code.setHelperText(getTranslation("units.codeHint"));
        code.setId("unit-code");
        name.setLabel(getTranslation("units.name"));
        name.setPlaceholder(getTranslation("units.nameHint"));
        name.setId("unit-name");
        kind.setLabel(getTranslation("units.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("unitKind." + k.name()));
        kind.setId("unit-kind");
        parent.setLabel(getTranslation("units.parent"));
        parent.setHelperText(getTranslation("units.parentHint"));
        parent.setItems(units);
        parent.setItemLabelGenerator(UnitDto::label);
        parent.setClearButtonVisible(true);
        parent.setId("unit-parent");
        String required = getTranslation("error.required");
        binder.forField(code).asRequired(required).bind("code");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(parent).bind("parent");
        binder.setBean(new UnitForm());
        create.setText(getTranslation("admin.create"));
        create.setId("unit-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        create.addClickListener(e -> {
            try {
                if (!binder.validate().isOk()) {
                    return;
                }
                UnitDto unit = action.apply(binder.getBean().toCommand(government.code()));
                close();
                created.accept(unit);
            } catch (InvalidInputException error) {
                FieldErrors.show(messages, error,
                        Map.of("code", code, "name", name, "kind", kind, "parentCode", parent)::get);
            } catch (ConflictException error) {
                code.setErrorMessage(Feedback.describe(messages, error));
                code.setInvalid(true);
            } catch (DomainException error) {
                Feedback.refused(messages, error);
            } finally {
                create.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        FormLayout form = new FormLayout(code, name, kind, parent);
        form.setColspan(name, 2);
        add(form);
        getFooter().add(cancel, create);
        setWidth("min(40rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                code.focus();
            }
        });
    }
}
