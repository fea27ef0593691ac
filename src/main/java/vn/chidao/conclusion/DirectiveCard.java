package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.io.Serializable;
import java.util.List;
import vn.chidao.organisation.UnitDto;

/**
 * One directive in the editor: what is to be done, the lead unit (chủ trì), the coordinating units
 * (phối hợp, never the lead), its deadline ({@link DeadlineFields}) and whether a leader signs its result off; its
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
    final MultiSelectComboBox<UnitDto> coordinatingUnits = new MultiSelectComboBox<>();
    final DeadlineFields deadline;
    final Checkbox leaderSignOff = new Checkbox();
    final DirectiveTools tools;

    private final H3 heading = new H3();
    private final List<UnitDto> units;
    private final ListDataProvider<UnitDto> coordinators;
    private final BeanValidationBinder<DirectiveForm> binder = new BeanValidationBinder<>(DirectiveForm.class);

    DirectiveCard(List<UnitDto> units, DirectiveForm form, Actions actions) {
        this.units = units;
        this.coordinators = new ListDataProvider<>(units);
        addClassName("chidao-directive-card");
        configureFields();
        tools = new DirectiveTools(this, actions);
        bind();
        deadline = new DeadlineFields(binder, form);
        binder.setBean(form);
        offerCoordinators(form.getLeadUnit());
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
        leadUnit.addValueChangeListener(e -> offerCoordinators(e.getValue()));
        coordinatingUnits.setLabel(getTranslation("editor.directive.coordinating"));
        coordinatingUnits.setItems(coordinators);
        coordinatingUnits.setItemLabelGenerator(UnitDto::label);
        coordinatingUnits.setClearButtonVisible(true);
        leaderSignOff.setLabel(getTranslation("editor.directive.signOff"));
        leaderSignOff.setTooltipText(getTranslation("editor.directive.signOffHint"));
    }

    private void bind() {
        String required = getTranslation("error.required");
        binder.forField(content).asRequired(required).bind("content");
        binder.forField(leadUnit).asRequired(required).bind("leadUnit");
        binder.forField(coordinatingUnits).bind("coordinatingUnits");
        binder.forField(leaderSignOff).bind("leaderSignOff");
    }

    private FormLayout fields() {
        FormLayout layout = new FormLayout(content, leadUnit, coordinatingUnits, deadline, leaderSignOff);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        layout.setColspan(content, 2);
        layout.setColspan(deadline, 2);
        layout.setColspan(leaderSignOff, 2);
        return layout;
    }

    /** The coordinating units offered are all units but the lead; a lead picked earlier as coordinator is dropped. */
    private void offerCoordinators(UnitDto lead) {
        coordinators.setFilter(u -> !u.equals(lead));
        if (lead != null && coordinatingUnits.getValue().contains(lead)) {
            coordinatingUnits.deselect(lead);
        }
    }

    /** Numbers the card (1-based in its heading) and gives its fields ids such as {@code directive-0-lead}. */
    void place(int index, int count) {
        heading.setText(getTranslation("editor.directive.heading", index + 1));
        String prefix = "directive-" + index + "-";
        content.setId(prefix + "content");
        leadUnit.setId(prefix + "lead");
        coordinatingUnits.setId(prefix + "coordinating");
        deadline.place(prefix);
        leaderSignOff.setId(prefix + "signoff");
        tools.place(prefix, index, count);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    boolean isBlank() {
        DirectiveForm form = binder.getBean();
        return (form.getContent() == null || form.getContent().isBlank()) && form.getLeadUnit() == null;
    }

    /** A copy of this card's fields, for a duplicate. */
    DirectiveForm copyOfForm() {
        return binder.getBean().copy();
    }

    DirectiveDraft toDraft() {
        return binder.getBean().toDraft();
    }

    /** The field that shows the service's errors on {@code property} of this directive. */
    HasValidation field(String property) {
        switch (property) {
            case "content":
                return content;
            case "leadUnit":
                return leadUnit;
            case "coordinatingUnits":
                return coordinatingUnits;
            default:
                return deadline.field(property);
        }
    }
}
