package vn.chidao.indicator;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Map;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CreateDialog;

/** Changes an indicator's names and, for a main indicator, its weight; the code and place stay. */
class IndicatorDialog extends CreateDialog<IndicatorForm, IndicatorDto> {

    final TextArea name = new TextArea();
    final TextArea nameEn = new TextArea();
    final IntegerField weight = new IntegerField();

    private final SerializableFunction<IndicatorChange, IndicatorDto> action;

    IndicatorDialog(Messages messages, IndicatorDto indicator, SerializableFunction<IndicatorChange, IndicatorDto> action,
                    SerializableConsumer<IndicatorDto> saved) {
        super(IndicatorForm.class, messages, "indicator", "admin.save", "admin.cancel");
        this.action = action;
        setHeaderTitle(getTranslation("indicators.editTitle", indicator.code()));
        name.setLabel(getTranslation("indicators.name"));
        name.setId("indicator-name");
        name.setMaxLength(500);
        nameEn.setLabel(getTranslation("indicators.nameEn"));
        nameEn.setId("indicator-name-en");
        nameEn.setMaxLength(500);
        weight.setLabel(getTranslation("indicators.weight"));
        weight.setHelperText(getTranslation("indicators.weightHint"));
        weight.setMin(0);
        weight.setMax(1000);
        weight.setId("indicator-weight");
        weight.setVisible(indicator.isMain());
        String required = getTranslation("error.required");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(nameEn).asRequired(required).bind("nameEn");
        binder.forField(weight).bind("weight");
        binder.setBean(IndicatorForm.of(indicator));
        finish(new FormLayout(name, nameEn, weight), name, "min(40rem, 95vw)", saved);
    }

    @Override
    protected IndicatorDto save(IndicatorForm form) {
        return action.apply(form.toChange());
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("name", name, "nameEn", nameEn, "weight", weight);
    }
}
