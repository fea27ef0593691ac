package vn.chidao.organisation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.util.List;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.organisation.UnitEndRequest.UsersChoice;

/** Merges units into one: each unit chosen ends on the day with the receiving unit as its one successor. */
class UnitMergeDialog extends Dialog {

    final ComboBox<UnitDto> into = new ComboBox<>();
    final MultiSelectComboBox<UnitDto> from = new MultiSelectComboBox<>();
    final DatePicker on = DatePickers.create("");
    final TextArea reason = new TextArea();
    final RadioButtonGroup<UsersChoice.Mode> users = new RadioButtonGroup<>();
    final Button save = new Button();
    private final Messages messages;

    UnitMergeDialog(Messages messages, List<UnitDto> units, LocalDate today,
                    SerializableFunction<UnitMergeRequest, List<UnitEndResult>> action,
                    SerializableConsumer<List<UnitEndResult>> done) {
        this.messages = messages;
        setId("unit-merge-dialog");
        setHeaderTitle(getTranslation("units.mergeTitle"));
        List<UnitDto> active = units.stream().filter(u -> !u.isEnded()).toList();
        into.setLabel(getTranslation("units.mergeInto"));
        into.setItems(active);
        into.setItemLabelGenerator(UnitDto::label);
        into.setId("unit-merge-into");
        from.setLabel(getTranslation("units.mergeFrom"));
        from.setItems(active);
        from.setItemLabelGenerator(UnitDto::label);
        from.setId("unit-merge-from");
        on.setLabel(getTranslation("units.endOn"));
        on.setValue(today);
        on.setMax(today);
        on.setId("unit-merge-on");
        reason.setLabel(getTranslation("units.endReason"));
        reason.setMaxLength(UnitEnd.MAX_REASON);
        reason.setId("unit-merge-reason");
        users.setLabel(getTranslation("units.endUsers"));
        users.setItems(UsersChoice.Mode.values());
        users.setItemLabelGenerator(m -> getTranslation("units.endUsers." + m.name()));
        users.setValue(UsersChoice.Mode.MOVE);
        users.setId("unit-merge-users");
        FormLayout form = new FormLayout(into, on, from, reason, users);
        form.setColspan(from, 2);
        form.setColspan(reason, 2);
        add(form);
        setWidth("min(40rem, 95vw)");
        save.setText(getTranslation("units.merge"));
        save.setId("unit-merge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                List<UnitEndResult> results = action.apply(new UnitMergeRequest(
                        into.getValue() == null ? null : into.getValue().code(),
                        from.getValue().stream().map(UnitDto::code).toList(), on.getValue(), reason.getValue(),
                        users.getValue() == UsersChoice.Mode.DISABLE ? UsersChoice.disable() : null));
                close();
                done.accept(results);
            } catch (InvalidInputException error) {
                FieldErrors.show(messages, error, this::fieldOf);
            } catch (DomainException error) {
                Feedback.refused(messages, error);
            }
        });
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
    }

    private HasValidation fieldOf(String path) {
        return switch (path) {
            case "into", "successors" -> into;
            case "from" -> from;
            case "on" -> on;
            case "reason" -> reason;
            default -> null;
        };
    }
}
