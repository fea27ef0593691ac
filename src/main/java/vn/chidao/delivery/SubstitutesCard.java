package vn.chidao.delivery;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.DatePickers;
import vn.chidao.base.ui.FieldErrors;
import vn.chidao.base.ui.Feedback;
import vn.chidao.security.SubstituteDto;
import vn.chidao.security.SubstituteInput;
import vn.chidao.security.SubstituteService;
import vn.chidao.security.UserContact;

/**
 * "Ủy quyền khi vắng mặt": who stands in for the signed-in person and when, with a row to name another and a
 * button to end each one.
 */
class SubstitutesCard extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final ComboBox<UserContact> who = new ComboBox<>();
    final DatePicker from = DatePickers.create("");
    final DatePicker to = DatePickers.create("");
    final Button add = new Button();
    final Div list = new Div();

    private final SubstituteService substitutes;
    private final Messages messages;
    private final Actor actor;

    SubstitutesCard(SubstituteService substitutes, Messages messages, Actor actor) {
        this.substitutes = substitutes;
        this.messages = messages;
        this.actor = actor;
        addClassNames("chidao-card", "chidao-substitutes");
        who.setLabel(getTranslation("substitutes.who"));
        who.setItems(substitutes.candidates(actor));
        who.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        who.setRequiredIndicatorVisible(true);
        from.setLabel(getTranslation("substitutes.from"));
        to.setLabel(getTranslation("substitutes.to"));
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);
        add.setText(getTranslation("substitutes.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> name());
        FormLayout row = new FormLayout(who, from, to);
        row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        Paragraph hint = new Paragraph(getTranslation("substitutes.hint"));
        hint.addClassName("chidao-admin-note");
        add(new H3(getTranslation("substitutes.title")), hint, list, row, add);
        refresh();
    }

    private void name() {
        try {
            substitutes.name(actor, new SubstituteInput(who.getValue() == null ? null : who.getValue().username(),
                    from.getValue(), to.getValue()));
            who.clear();
            from.clear();
            to.clear();
            Feedback.success(getTranslation("substitutes.saved"));
            refresh();
        } catch (InvalidInputException e) {
            FieldErrors.show(messages, e, field -> switch (field) {
                case "username" -> who;
                case "from" -> from;
                case "to" -> to;
                default -> null;
            });
        } catch (DomainException e) {
            Feedback.refused(messages, e);
        }
    }

    private void refresh() {
        list.removeAll();
        var mine = substitutes.mine(actor);
        if (mine.isEmpty()) {
            list.add(new Span(getTranslation("substitutes.none")));
        }
        mine.forEach(s -> list.add(row(s)));
    }

    private HorizontalLayout row(SubstituteDto s) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            substitutes.remove(actor, s.id());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("substitutes.remove"));
        remove.setTooltipText(getTranslation("substitutes.remove"));
        HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("substitutes.row", s.displayName(),
                DAY.format(s.from()), DAY.format(s.to()))), remove);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        row.addClassName("chidao-substitute-row");
        return row;
    }
}
