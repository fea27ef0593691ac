package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import vn.chidao.indicator.IndicatorDto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.List;
import vn.chidao.base.ui.EmptyState;
import vn.chidao.organisation.UnitDto;

/**
 * The editor's directives, in order: added, duplicated (the copy right below), removed (confirmed when not
 * blank), moved up or down by button or key, or dragged by their handle onto another card's place.
 */
class DirectiveList extends Div implements DirectiveCard.Actions {

    private final List<UnitDto> units;
    private final List<IndicatorDto> indicators;
    private final SerializableRunnable addOne;
    private final List<DirectiveCard> cards = new ArrayList<>();
    /** For each directive of the last {@link #drafts()}, the card it came from (a card given separately makes many). */
    private List<DirectiveCard> sources = List.of();

    /**
     * @param indicators the DTI main indicators a directive may be tagged with
     * @param addOne what the empty list's button does: add a first directive
     */
    DirectiveList(List<UnitDto> units, List<IndicatorDto> indicators, SerializableRunnable addOne) {
        this.units = units;
        this.indicators = indicators;
        this.addOne = addOne;
        addClassName("chidao-directive-list");
        renumber();
    }

    DirectiveCard add(DirectiveForm form) {
        return insert(cards.size(), form);
    }

    private DirectiveCard insert(int at, DirectiveForm form) {
        DirectiveCard card = new DirectiveCard(units, indicators, form, this);
        DragSource<?> drag = DragSource.create(card.tools.handle);
        drag.setDragData(card);
        DropTarget<DirectiveCard> drop = DropTarget.create(card);
        drop.addDropListener(e -> e.getDragData().filter(DirectiveCard.class::isInstance)
                .ifPresent(dragged -> moveTo((DirectiveCard) dragged, cards.indexOf(card))));
        cards.add(at, card);
        renumber();
        return card;
    }

    /** Replaces every card with the directives as saved (after a card given separately became one per unit). */
    void replaceAll(List<DirectiveForm> forms) {
        cards.clear();
        forms.forEach(this::add);
        renumber();
    }

    @Override
    public void moveUp(DirectiveCard card) {
        moveTo(card, cards.indexOf(card) - 1);
    }

    @Override
    public void moveDown(DirectiveCard card) {
        moveTo(card, cards.indexOf(card) + 1);
    }

    /** A copy of the card right below it, its content focused to tell the two apart. */
    @Override
    public void duplicate(DirectiveCard card) {
        insert(cards.indexOf(card) + 1, card.copyOfForm()).content.focus();
    }

    @Override
    public void remove(DirectiveCard card) {
        if (card.isBlank()) {
            drop(card);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.removeTitle"),
                getTranslation("editor.removeText", cards.indexOf(card) + 1), getTranslation("editor.remove"),
                e -> drop(card));
        confirm.setId("remove-directive-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** The card at {@code index} (0-based), or null. */
    DirectiveCard card(int index) {
        return index >= 0 && index < cards.size() ? cards.get(index) : null;
    }

    boolean isEmpty() {
        return cards.isEmpty();
    }

    /** Validates every card (so all show their errors), true if all are valid. */
    boolean validate() {
        boolean valid = true;
        for (DirectiveCard card : cards) {
            valid &= card.validate();
        }
        return valid;
    }

    /** Whether a card will be saved as one directive per picked unit. */
    boolean anySeparately() {
        return cards.stream().anyMatch(DirectiveCard::isSeparately);
    }

    /** The directives to save, in order; remembers which card each came from, for the service's errors. */
    List<DirectiveDraft> drafts() {
        List<DirectiveDraft> drafts = new ArrayList<>();
        List<DirectiveCard> from = new ArrayList<>();
        for (DirectiveCard card : cards) {
            for (DirectiveDraft draft : card.toDrafts()) {
                drafts.add(draft);
                from.add(card);
            }
        }
        sources = from;
        return drafts;
    }

    /** The field showing errors on {@code property} of directive {@code index} of the last drafts, or null. */
    HasValidation field(int index, String property) {
        return index < sources.size() && cards.contains(sources.get(index)) ? sources.get(index).field(property) : null;
    }

    private void moveTo(DirectiveCard card, int to) {
        if (to < 0 || to >= cards.size() || cards.indexOf(card) == to) {
            return;
        }
        cards.remove(card);
        cards.add(to, card);
        renumber();
    }

    private void drop(DirectiveCard card) {
        int at = cards.indexOf(card);
        cards.remove(card);
        renumber();
        if (!cards.isEmpty()) {
            cards.get(Math.min(at, cards.size() - 1)).content.focus();
        }
    }

    private void renumber() {
        removeAll();
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).place(i, cards.size());
            add(cards.get(i));
        }
        if (cards.isEmpty()) {
            Button first = new Button(getTranslation("editor.addDirective"), VaadinIcon.PLUS.create(),
                    e -> addOne.run());
            first.setId("add-first-directive");
            add(new EmptyState("no-directives", VaadinIcon.TASKS.create(), getTranslation("editor.emptyTitle"),
                    getTranslation("editor.noDirectives"), first));
        }
    }
}
