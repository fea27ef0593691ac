package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.chidao.indicator.IndicatorDto;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.chidao.organisation.UnitDto;

/**
 * One directive in the editor: what is to be done, the lead unit (chủ trì), the units picked at once
 * ({@link UnitPicker}: coordinating, or each leading its own copy when "Giao riêng cho từng đơn vị" is ticked, see
 * {@link DirectiveForm}), its deadline ({@link DeadlineFields}) and whether a leader signs its result off; its
 * tools ({@link DirectiveTools}) come last. Validated by its own binder.
 */
class DirectiveCard extends Div {

    /** What the editor does when the card's own buttons or keys are pressed. */
    interface Actions extends Serializable {
        void moveUp(DirectiveCard card);

        void moveDown(DirectiveCard card);

        void duplicate(DirectiveCard card);

        void remove(DirectiveCard card);
    }

    final TextArea content = new TextArea();
    final ComboBox<UnitDto> leadUnit = new ComboBox<>();
    final UnitPicker picked;
    final Checkbox separately = new Checkbox();
    final DeadlineFields deadline;
    final Checkbox leaderSignOff = new Checkbox();
    final Checkbox evidenceRequired = new Checkbox();
    final MultiSelectComboBox<IndicatorDto> indicators = new MultiSelectComboBox<>();
    final DirectiveTools tools;

    private final H3 heading = new H3();
    private final List<UnitDto> units;
    private final List<IndicatorDto> mainIndicators;
    private final BeanValidationBinder<DirectiveForm> binder = new BeanValidationBinder<>(DirectiveForm.class);

    DirectiveCard(List<UnitDto> units, List<IndicatorDto> mainIndicators, DirectiveForm form, Actions actions) {
        this.units = units;
        this.mainIndicators = mainIndicators;
        this.picked = new UnitPicker(units);
        addClassName("chidao-directive-card");
        configureFields();
        tools = new DirectiveTools(this, actions);
        bind();
        deadline = new DeadlineFields(binder, form);
        binder.setBean(form);
        picked.offerAllBut(form.isSeparately() ? null : form.getLeadUnit());
        showMode();
        deadline.show();
        heading.addClassName("chidao-directive-heading");
        add(heading, fields(), tools);
    }

    private void configureFields() {
        content.setLabel(getTranslation("editor.directive.content"));
        content.setPlaceholder(getTranslation("editor.directive.contentHint"));
        content.setMinRows(2);
        content.setMaxLength(4000);
        leadUnit.setLabel(getTranslation("editor.directive.lead"));
        leadUnit.setItems(units);
        leadUnit.setItemLabelGenerator(UnitDto::label);
        leadUnit.setClearButtonVisible(true);
        leadUnit.addValueChangeListener(e -> picked.offerAllBut(separately.getValue() ? null : e.getValue()));
        separately.setLabel(getTranslation("editor.directive.separately"));
        separately.setHelperText(getTranslation("editor.directive.separatelyHint"));
        separately.addValueChangeListener(e -> separate(e.getValue()));
        leaderSignOff.setLabel(getTranslation("editor.directive.signOff"));
        leaderSignOff.setTooltipText(getTranslation("editor.directive.signOffHint"));
        evidenceRequired.setLabel(getTranslation("editor.directive.evidence"));
        evidenceRequired.setTooltipText(getTranslation("editor.directive.evidenceHint"));
        indicators.setLabel(getTranslation("editor.directive.indicators"));
        indicators.setHelperText(getTranslation("editor.directive.indicatorsHint"));
        indicators.setItems(mainIndicators);
        indicators.setItemLabelGenerator(i -> i.name(getLocale()));
        indicators.setClearButtonVisible(true);
    }

    private void bind() {
        String required = getTranslation("error.required");
        binder.forField(content).asRequired(required).bind("content");
        binder.forField(leadUnit).withValidator(u -> separately.getValue() || u != null, required).bind("leadUnit");
        binder.forField(picked.units).withValidator(u -> !separately.getValue() || !u.isEmpty(),
                getTranslation("editor.directive.separatelyEmpty")).bind("units");
        binder.forField(separately).bind("separately");
        binder.forField(leaderSignOff).bind("leaderSignOff");
        binder.forField(evidenceRequired).bind("evidenceRequired");
        binder.forField(indicators).bind(
                f -> mainIndicators.stream().filter(i -> f.getIndicators().contains(i.code()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                (f, picked) -> {
                    Set<String> mains = mainIndicators.stream().map(IndicatorDto::code).collect(Collectors.toSet());
                    Set<String> codes = new TreeSet<>(f.getIndicators());
                    codes.removeAll(mains);
                    picked.forEach(i -> codes.add(i.code()));
                    f.setIndicators(codes);
                });
    }

    private FormLayout fields() {
        FormLayout layout = new FormLayout(content, leadUnit, picked, separately, deadline, leaderSignOff,
                evidenceRequired, indicators);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.setColspan(content, 2);
        layout.setColspan(separately, 2);
        layout.setColspan(deadline, 2);
        layout.setColspan(leaderSignOff, 2);
        layout.setColspan(evidenceRequired, 2);
        layout.setColspan(indicators, 2);
        return layout;
    }

    /**
     * Switches between one lead with coordinating units and one copy per unit without losing a pick: the lead joins
     * the picked units (first), and back, the first picked unit becomes the lead again.
     */
    private void separate(boolean copies) {
        if (copies && leadUnit.getValue() != null) {
            Set<UnitDto> all = new LinkedHashSet<>();
            all.add(leadUnit.getValue());
            all.addAll(picked.units.getValue());
            leadUnit.clear();
            picked.units.setValue(all);
        } else if (!copies && leadUnit.getValue() == null && !picked.units.getValue().isEmpty()) {
            Iterator<UnitDto> first = picked.units.getValue().iterator();
            leadUnit.setValue(first.next());
        }
        picked.offerAllBut(copies ? null : leadUnit.getValue());
        showMode();
    }

    /** The lead unit shows (and is required) only for one directive; the picker says what its units become. */
    private void showMode() {
        boolean copies = separately.getValue();
        leadUnit.setVisible(!copies);
        leadUnit.setRequiredIndicatorVisible(!copies);
        leadUnit.setInvalid(false);
        picked.units.setRequiredIndicatorVisible(copies);
        picked.units.setInvalid(false);
        picked.units.setLabel(getTranslation(copies ? "editor.directive.separateUnits" : "editor.directive.coordinating"));
        picked.units.setHelperText(getTranslation(copies ? "editor.directive.separateUnitsHint"
                : "editor.directive.coordinatingHint"));
    }

    /** Numbers the card (1-based in its heading) and gives its fields ids such as {@code directive-0-lead}. */
    void place(int index, int count) {
        heading.setText(getTranslation("editor.directive.heading", index + 1));
        String prefix = "directive-" + index + "-";
        content.setId(prefix + "content");
        leadUnit.setId(prefix + "lead");
        picked.place(prefix);
        separately.setId(prefix + "separately");
        deadline.place(prefix);
        leaderSignOff.setId(prefix + "signoff");
        evidenceRequired.setId(prefix + "evidence");
        indicators.setId(prefix + "indicators");
        tools.place(prefix, index, count);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    boolean isBlank() {
        DirectiveForm form = binder.getBean();
        return (form.getContent() == null || form.getContent().isBlank()) && form.getLeadUnit() == null
                && form.getUnits().isEmpty();
    }

    /** A copy of this card's fields, for a duplicate. */
    DirectiveForm copyOfForm() {
        return binder.getBean().copy();
    }

    /** The drafts of this card: one, or one per picked unit when given separately. */
    List<DirectiveDraft> toDrafts() {
        return binder.getBean().toDrafts(units);
    }

    boolean isSeparately() {
        return separately.getValue();
    }

    /**
     * The field that shows the service's errors on {@code property} of (one of) this card's directives; when given
     * separately, the lead of each copy is one of the picked units.
     */
    HasValidation field(String property) {
        switch (property) {
            case "content":
                return content;
            case "leadUnit":
                return separately.getValue() ? picked.units : leadUnit;
            case "coordinatingUnits":
                return picked.units;
            default:
                return deadline.field(property);
        }
    }
}
