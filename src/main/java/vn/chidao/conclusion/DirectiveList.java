package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import vn.chidao.organisation.UnitDto;

/** The editor's directives, in order: added, removed (confirmed when not blank) and moved up or down. */
class DirectiveList extends Div implements DirectiveCard.Actions {

    private final List<UnitDto> units;
    private final List<DirectiveCard> cards = new ArrayList<>();

    DirectiveList(List<UnitDto> units) {
        this.units = units;
        addClassName("chidao-directive-list");
        renumber();
    }

    DirectiveCard add(DirectiveForm form) {
        DirectiveCard card = new DirectiveCard(units, form, this);
        cards.add(card);
        renumber();
        return card;
    }

    @Override
    public void moveUp(DirectiveCard card) {
        move(card, -1);
    }

    @Override
    public void moveDown(DirectiveCard card) {
        move(card, 1);
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
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editor.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
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

    List<DirectiveDraft> drafts() {
        return cards.stream().map(DirectiveCard::toDraft).toList();
    }

    /** The field of directive {@code index} that shows errors on {@code property}, or null. */
    HasValidation field(int index, String property) {
        return index < cards.size() ? cards.get(index).field(property) : null;
    }

    private void move(DirectiveCard card, int by) {
        int to = cards.indexOf(card) + by;
        if (to < 0 || to >= cards.size()) {
            return;
        }
        cards.remove(card);
        cards.add(to, card);
        renumber();
    }

    private void drop(DirectiveCard card) {
        cards.remove(card);
        renumber();
    }

    private void renumber() {
        removeAll();
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).place(i, cards.size());
            add(cards.get(i));
        }
        if (cards.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("editor.noDirectives"));
            empty.addClassName("chidao-conclusion-empty");
            add(empty);
        }
    }
}
