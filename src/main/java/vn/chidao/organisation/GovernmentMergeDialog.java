package vn.chidao.organisation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;

/**
 * Merges a government into another ("Sáp nhập"): the receiving one, the absorbed one, the day, and for each absorbed
 * unit the receiving unit that succeeds it (prefilled with the unit of the same code) or none to move it as it is.
 */
class GovernmentMergeDialog extends Dialog {

    final ComboBox<GovernmentDto> into = new ComboBox<>();
    final ComboBox<GovernmentDto> from = new ComboBox<>();
    final DatePicker on = DatePickers.create("");
    final VerticalLayout unitMap = new VerticalLayout();
    final Map<String, ComboBox<UnitDto>> successors = new LinkedHashMap<>();
    final Button save = new Button();
    private final SerializableFunction<Long, List<UnitDto>> unitsOf;

    GovernmentMergeDialog(Messages messages, List<GovernmentDto> governments, LocalDate today,
                          SerializableFunction<Long, List<UnitDto>> unitsOf,
                          SerializableFunction<GovernmentMergeRequest, GovernmentMergeResult> action,
                          SerializableConsumer<GovernmentMergeResult> done) {
        this.unitsOf = unitsOf;
        setId("government-merge-dialog");
        setHeaderTitle(getTranslation("governments.mergeTitle"));
        List<GovernmentDto> standing = governments.stream().filter(g -> !g.isMerged()).toList();
        into.setLabel(getTranslation("governments.mergeInto"));
        into.setItems(standing);
        into.setItemLabelGenerator(g -> g.code() + " · " + g.name());
        into.setId("government-merge-into");
        from.setLabel(getTranslation("governments.mergeFrom"));
        from.setItems(standing);
        from.setItemLabelGenerator(g -> g.code() + " · " + g.name());
        from.setId("government-merge-from");
        on.setLabel(getTranslation("governments.mergeOn"));
        on.setValue(today);
        on.setMax(today);
        on.setId("government-merge-on");
        into.addValueChangeListener(e -> showUnits());
        from.addValueChangeListener(e -> showUnits());
        unitMap.setPadding(false);
        unitMap.setId("government-merge-units");
        FormLayout form = new FormLayout(into, from, on);
        add(form, unitMap);
        setWidth("min(48rem, 95vw)");
        save.setText(getTranslation("governments.merge"));
        save.setId("government-merge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.addClickListener(e -> {
            Map<String, String> map = new LinkedHashMap<>();
            successors.forEach((code, box) -> map.put(code, box.getValue() == null ? null : box.getValue().code()));
            try {
                GovernmentMergeResult result = action.apply(new GovernmentMergeRequest(
                        into.getValue() == null ? null : into.getValue().code(),
                        from.getValue() == null ? null : from.getValue().code(), on.getValue(), map));
                close();
                done.accept(result);
            } catch (InvalidInputException error) {
                FieldErrors.show(messages, error, this::fieldOf);
            } catch (DomainException error) {
                Feedback.refused(messages, error);
            }
        });
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
    }

    /** One picker per absorbed unit: the receiving unit of the same code when there is one, else none (moves). */
    private void showUnits() {
        unitMap.removeAll();
        successors.clear();
        if (into.getValue() == null || from.getValue() == null || into.getValue().equals(from.getValue())) {
            return;
        }
        List<UnitDto> receiving = unitsOf.apply(into.getValue().id()).stream().filter(u -> !u.isEnded()).toList();
        unitMap.add(new Paragraph(getTranslation("governments.mergeUnitsHint")));
        for (UnitDto unit : unitsOf.apply(from.getValue().id())) {
            if (unit.isEnded()) {
                continue;
            }
            ComboBox<UnitDto> successor = new ComboBox<>(unit.label());
            successor.setItems(receiving);
            successor.setItemLabelGenerator(UnitDto::label);
            successor.setPlaceholder(getTranslation("governments.mergeMoves"));
            successor.setClearButtonVisible(true);
            successor.setWidthFull();
            successor.setId("government-merge-unit-" + unit.code());
            receiving.stream().filter(u -> u.code().equalsIgnoreCase(unit.code())).findFirst()
                    .ifPresent(successor::setValue);
            successors.put(unit.code(), successor);
            unitMap.add(successor);
        }
    }

    private HasValidation fieldOf(String path) {
        return switch (path) {
            case "into" -> into;
            case "from" -> from;
            case "on" -> on;
            default -> null;
        };
    }
}
