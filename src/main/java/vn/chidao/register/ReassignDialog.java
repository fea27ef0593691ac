package vn.chidao.register;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.assignment.AssignmentService;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Feedback;
import vn.chidao.organisation.UnitDto;

/**
 * The secretariat moves open assignments of one unit to another: the units (the register's unit first), the
 * reason, optionally only those of the register's current filter; the dialog says how many will move, then
 * what moved and what was left where it was, and why. The service decides; its refusals show on the fields.
 */
class ReassignDialog extends Dialog {

    final ComboBox<UnitDto> from = new ComboBox<>();
    final ComboBox<UnitDto> to = new ComboBox<>();
    final Checkbox filtered = new Checkbox();
    final TextArea reason = new TextArea();
    final Paragraph summary = new Paragraph();
    final Div result = new Div();
    final Button confirm = new Button();
    private final Actor actor;
    private final RegisterService register;
    private final AssignmentService assignments;
    private final Messages messages;
    private final AssignmentFilter filter;
    private final Runnable onMoved;

    ReassignDialog(Actor actor, RegisterService register, AssignmentService assignments, Messages messages,
                   List<UnitDto> units, AssignmentFilter filter, Runnable onMoved) {
        this.actor = actor;
        this.register = register;
        this.assignments = assignments;
        this.messages = messages;
        this.filter = filter;
        this.onMoved = onMoved;
        setId("reassign-dialog");
        setHeaderTitle(getTranslation("reassign.title"));
        setWidth("min(36rem, 95vw)");
        unitBox(from, "reassign-from", "reassign.from", units);
        unitBox(to, "reassign-to", "reassign.to", units);
        units.stream().filter(u -> u.code().equalsIgnoreCase(filter.unitCode())).findFirst().ifPresent(from::setValue);
        filtered.setId("reassign-filtered");
        filtered.setLabel(getTranslation("reassign.filtered"));
        filtered.addValueChangeListener(e -> updateSummary());
        reason.setId("reassign-reason");
        reason.setLabel(getTranslation("reassign.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Reassignment.MAX_REASON);
        reason.setWidthFull();
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        summary.setId("reassign-summary");
        result.setId("reassign-result");
        add(new VerticalLayout(from, to, filtered, reason, summary, result));
        confirm.setId("reassign-confirm");
        confirm.setText(getTranslation("reassign.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> reassign());
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("reassign-close");
        getFooter().add(close, confirm);
        updateSummary();
    }

    /** The assignments to move: those of the filter, or none named (every open one of the unit). */
    private List<Long> chosen() {
        if (!filtered.getValue() || from.getValue() == null) {
            return null;
        }
        return register.openIds(actor, filter.withUnit(from.getValue().code()));
    }

    private void updateSummary() {
        if (from.getValue() == null || to.getValue() == null) {
            summary.setText("");
            return;
        }
        AssignmentFilter scope = (filtered.getValue() ? filter : AssignmentFilter.all()).withUnit(from.getValue().code());
        long count = register.countOpen(actor, scope);
        summary.setText(getTranslation("reassign.summary", count, from.getValue().label(), to.getValue().label()));
    }

    private void reassign() {
        try {
            String fromCode = from.getValue() == null ? null : from.getValue().code();
            String toCode = to.getValue() == null ? null : to.getValue().code();
            List<Long> ids = chosen();
            if (ids != null && ids.isEmpty()) {
                showResult(new ReassignResult(fromCode, toCode, List.of(), List.of()));
                return;
            }
            showResult(register.reassign(actor, new ReassignInput(fromCode, toCode, reason.getValue(), ids)));
            onMoved.run();
        } catch (InvalidInputException invalid) {
            Map<String, HasValidation> fields = Map.of("reason", reason, "fromUnit", from, "toUnit", to);
            invalid.errors().forEach(error -> {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(error.messageKey(), error.arguments()));
                    field.setInvalid(true);
                }
            });
        } catch (DomainException refused) {
            result.setText(Feedback.describe(messages, refused));
        }
    }

    private void showResult(ReassignResult done) {
        result.removeAll();
        Paragraph moved = new Paragraph(getTranslation("reassign.moved", done.moved().size(), done.toUnit()));
        moved.setId("reassign-moved");
        result.add(moved);
        if (!done.skipped().isEmpty()) {
            result.add(new Paragraph(getTranslation("reassign.skipped", done.skipped().size())));
            UnorderedList list = new UnorderedList();
            list.setId("reassign-skipped");
            done.skipped().forEach(s -> list.add(new ListItem(describe(s))));
            result.add(list);
        }
        confirm.setEnabled(false);
    }

    private String describe(ReassignResult.Skipped skipped) {
        String why = getTranslation("reassign.why." + skipped.reason().name());
        try {
            AssignmentDetail detail = assignments.get(actor, skipped.id());
            String content = detail.content().length() > 80 ? detail.content().substring(0, 79) + "…" : detail.content();
            return getTranslation("reassign.skippedItem", detail.conclusionNumber(), content, why);
        } catch (DomainException unknown) {
            return getTranslation("reassign.skippedItem", "#" + skipped.id(), "", why);
        }
    }

    private void unitBox(ComboBox<UnitDto> box, String id, String label, List<UnitDto> units) {
        box.setId(id);
        box.setLabel(getTranslation(label));
        box.setItems(units);
        box.setItemLabelGenerator(UnitDto::label);
        box.setRequiredIndicatorVisible(true);
        box.setWidthFull();
        box.addValueChangeListener(e -> {
            box.setInvalid(false);
            updateSummary();
        });
    }
}
