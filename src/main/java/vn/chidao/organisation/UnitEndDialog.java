package vn.chidao.organisation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.organisation.UnitEndRequest.UsersChoice;
import vn.chidao.organisation.UnitEndings.OpenWork;

/**
 * Ends a unit: the day, the reason, its successors; with several successors each open assignment gets its own
 * (one picker per assignment); its users move to a successor or can no longer sign in. The service checks it all
 * again and does it in one transaction.
 */
class UnitEndDialog extends Dialog {

    final DatePicker on = DatePickers.create("");
    final TextArea reason = new TextArea();
    final MultiSelectComboBox<UnitDto> successors = new MultiSelectComboBox<>();
    final RadioButtonGroup<UsersChoice.Mode> users = new RadioButtonGroup<>();
    final ComboBox<UnitDto> usersTo = new ComboBox<>();
    final VerticalLayout assignments = new VerticalLayout();
    final Button save = new Button();
    private final Map<Long, ComboBox<UnitDto>> pickers = new LinkedHashMap<>();
    private final Messages messages;
    private final SerializableFunction<UnitEndRequest, UnitEndResult> action;

    UnitEndDialog(Messages messages, UnitDto unit, List<UnitDto> candidates, List<OpenWork> work, LocalDate today,
                  SerializableFunction<UnitEndRequest, UnitEndResult> action, SerializableConsumer<UnitEndResult> done) {
        this.messages = messages;
        this.action = action;
        setId("unit-end-dialog");
        setHeaderTitle(getTranslation("units.endTitle", unit.label()));
        on.setLabel(getTranslation("units.endOn"));
        on.setId("unit-end-on");
        on.setValue(today);
        on.setMax(today);
        reason.setLabel(getTranslation("units.endReason"));
        reason.setPlaceholder(getTranslation("units.endReasonHint", unit.name()));
        reason.setMaxLength(UnitEnd.MAX_REASON);
        reason.setId("unit-end-reason");
        successors.setLabel(getTranslation("units.successors"));
        successors.setItems(candidates.stream().filter(u -> !u.isEnded() && u.id() != unit.id()).toList());
        successors.setItemLabelGenerator(UnitDto::label);
        successors.setId("unit-end-successors");
        users.setLabel(getTranslation("units.endUsers"));
        users.setItems(UsersChoice.Mode.values());
        users.setItemLabelGenerator(m -> getTranslation("units.endUsers." + m.name()));
        users.setValue(UsersChoice.Mode.MOVE);
        users.setId("unit-end-users");
        usersTo.setLabel(getTranslation("units.endUsersTo"));
        usersTo.setItemLabelGenerator(UnitDto::label);
        usersTo.setId("unit-end-users-to");
        assignments.setId("unit-end-assignments");
        assignments.setPadding(false);
        assignments.add(new H4(getTranslation("units.endAssignments", work.size())));
        for (OpenWork w : work) {
            ComboBox<UnitDto> picker = new ComboBox<>(w.text() + (w.deadline() == null ? ""
                    : " · " + getTranslation("units.endDeadline", Dates.format(w.deadline()))));
            picker.setItemLabelGenerator(UnitDto::label);
            picker.setId("unit-end-assignment-" + w.id());
            picker.setWidthFull();
            pickers.put(w.id(), picker);
            assignments.add(picker);
        }
        successors.addValueChangeListener(e -> follow());
        users.addValueChangeListener(e -> follow());
        follow();
        FormLayout form = new FormLayout(on, successors, reason, users, usersTo);
        form.setColspan(reason, 2);
        form.setColspan(successors, 2);
        add(form, assignments);
        setWidth("min(48rem, 95vw)");
        save.setText(getTranslation("units.end"));
        save.setId("unit-end-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.addClickListener(e -> submit(done));
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
    }

    /** The pickers offer the successors chosen; the assignments' pickers show when there are several. */
    private void follow() {
        List<UnitDto> chosen = new ArrayList<>(successors.getValue());
        boolean several = chosen.size() > 1;
        pickers.values().forEach(p -> {
            UnitDto kept = p.getValue();
            p.setItems(chosen);
            p.setValue(kept != null && chosen.contains(kept) ? kept : null);
        });
        assignments.setVisible(several && !pickers.isEmpty());
        UnitDto keptTo = usersTo.getValue();
        usersTo.setItems(chosen);
        usersTo.setValue(keptTo != null && chosen.contains(keptTo) ? keptTo : null);
        usersTo.setVisible(several && users.getValue() == UsersChoice.Mode.MOVE);
    }

    private void submit(SerializableConsumer<UnitEndResult> done) {
        List<String> codes = successors.getValue().stream().map(UnitDto::code).toList();
        Map<Long, String> named = new LinkedHashMap<>();
        pickers.forEach((id, picker) -> {
            if (picker.getValue() != null && codes.size() > 1) {
                named.put(id, picker.getValue().code());
            }
        });
        UsersChoice choice = users.getValue() == UsersChoice.Mode.DISABLE ? UsersChoice.disable()
                : UsersChoice.moveTo(usersTo.getValue() == null ? null : usersTo.getValue().code());
        try {
            UnitEndResult result = action.apply(new UnitEndRequest(on.getValue(), codes, named, reason.getValue(),
                    choice));
            close();
            done.accept(result);
        } catch (InvalidInputException error) {
            FieldErrors.show(messages, error, this::fieldOf);
        } catch (DomainException error) {
            Feedback.refused(messages, error);
        }
    }

    private HasValidation fieldOf(String path) {
        return switch (path) {
            case "on" -> on;
            case "reason" -> reason;
            case "successors" -> successors;
            case "users" -> usersTo;
            case "assignments" -> pickers.values().stream().filter(p -> p.getValue() == null).findFirst().orElse(null);
            default -> null;
        };
    }
}
