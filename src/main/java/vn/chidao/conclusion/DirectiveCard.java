package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.io.Serializable;
import java.util.List;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.organisation.UnitDto;

/**
 * One directive in the editor: what is to be done, the lead unit (chủ trì), the coordinating units
 * (phối hợp, never the lead), its deadline ({@link DeadlineFields}) and whether a leader signs its result off.
 * Validated by its own binder.
 */
class DirectiveCard extends Div {

    /** What the editor does when the card's own buttons are pressed. */
    interface Actions extends Serializable {
        void moveUp(DirectiveCard card);

        void moveDown(DirectiveCard card);

        void remove(DirectiveCard card);
    }

    final TextArea content = new TextArea();
    final ComboBox<UnitDto> leadUnit = new ComboBox<>();
    final MultiSelectComboBox<UnitDto> coordinatingUnits = new MultiSelectComboBox<>();
    final DeadlineFields deadline;
    final Checkbox leaderSignOff = new Checkbox();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    private final H3 heading = new H3();
    private final List<UnitDto> units;
    private final ListDataProvider<UnitDto> coordinators;
    private final BeanValidationBinder<DirectiveForm> binder = new BeanValidationBinder<>(DirectiveForm.class);

    DirectiveCard(List<UnitDto> units, DirectiveForm form, Actions actions) {
        this.units = units;
        this.coordinators = new ListDataProvider<>(units);
        addClassName("chidao-directive-card");
        configureFields();
        up.addClickListener(e -> actions.moveUp(this));
        down.addClickListener(e -> actions.moveDown(this));
        remove.addClickListener(e -> actions.remove(this));
        bind();
        deadline = new DeadlineFields(binder, form);
        binder.setBean(form);
        offerCoordinators(form.getLeadUnit());
        deadline.show();
        add(header(), fields());
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
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.setAriaLabel(getTranslation("editor.directive.up"));
        up.setTooltipText(getTranslation("editor.directive.up"));
        down.setAriaLabel(getTranslation("editor.directive.down"));
        down.setTooltipText(getTranslation("editor.directive.down"));
        remove.setAriaLabel(getTranslation("editor.directive.remove"));
        remove.setTooltipText(getTranslation("editor.directive.remove"));
    }

    private void bind() {
        String required = getTranslation("error.required");
        binder.forField(content).asRequired(required).bind("content");
        binder.forField(leadUnit).asRequired(required).bind("leadUnit");
        binder.forField(coordinatingUnits).bind("coordinatingUnits");
        binder.forField(leaderSignOff).bind("leaderSignOff");
    }

    private HorizontalLayout header() {
        heading.addClassName("chidao-directive-heading");
        HorizontalLayout tools = new HorizontalLayout(up, down, remove);
        tools.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(heading, tools);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(heading);
        return header;
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
        up.setId(prefix + "up");
        down.setId(prefix + "down");
        remove.setId(prefix + "remove");
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    boolean isBlank() {
        DirectiveForm form = binder.getBean();
        return (form.getContent() == null || form.getContent().isBlank()) && form.getLeadUnit() == null;
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
