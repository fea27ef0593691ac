package vn.chidao.conclusion;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * A directive card's own buttons: move up, move down, duplicate, remove, and the handle to drag it by. The same
 * from the keyboard anywhere in the card: Alt+↑ and Alt+↓ move it, Alt+Shift+↓ duplicates it (as editors copy a
 * line down). The buttons come after the card's fields in the tab order, so Tab runs through one directive's
 * fields, then its tools, then the next directive.
 */
class DirectiveTools extends Div {

    final Icon handle = VaadinIcon.MENU.create();
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button duplicate = new Button(VaadinIcon.COPY_O.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    DirectiveTools(DirectiveCard card, DirectiveCard.Actions actions) {
        addClassName("chidao-directive-tools");
        handle.addClassName("chidao-directive-handle");
        handle.setTooltipText(getTranslation("editor.directive.drag"));
        describe(up, "editor.directive.up", "Alt+ArrowUp");
        describe(down, "editor.directive.down", "Alt+ArrowDown");
        describe(duplicate, "editor.directive.duplicate", "Alt+Shift+ArrowDown");
        describe(remove, "editor.directive.remove", null);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button button : List.of(up, down, duplicate, remove)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        up.addClickListener(e -> {
            actions.moveUp(card);
            refocus(up, down);
        });
        down.addClickListener(e -> {
            actions.moveDown(card);
            refocus(down, up);
        });
        duplicate.addClickListener(e -> actions.duplicate(card));
        remove.addClickListener(e -> actions.remove(card));
        onKeys(card, () -> {
            actions.moveUp(card);
            card.content.focus();
        }, Key.ARROW_UP, KeyModifier.ALT);
        onKeys(card, () -> {
            actions.moveDown(card);
            card.content.focus();
        }, Key.ARROW_DOWN, KeyModifier.ALT);
        onKeys(card, () -> actions.duplicate(card), Key.ARROW_DOWN, KeyModifier.ALT, KeyModifier.SHIFT);
        add(handle, up, down, duplicate, remove);
    }

    /** Label, tooltip (with its keys) and {@code aria-keyshortcuts}, for sighted and screen-reader users alike. */
    private void describe(Button button, String key, String keys) {
        String text = getTranslation(key);
        String shown = keys == null ? text : text + " (" + keys.replace("ArrowUp", "↑").replace("ArrowDown", "↓") + ")";
        button.setAriaLabel(text);
        button.setTooltipText(shown);
        if (keys != null) {
            button.getElement().setAttribute("aria-keyshortcuts", keys);
        }
    }

    /** A moved card is attached again, which loses the focus: give it back to the button, or its twin at an end. */
    private static void refocus(Button pressed, Button other) {
        (pressed.isEnabled() ? pressed : other).focus();
    }

    private static void onKeys(DirectiveCard card, SerializableRunnable action, Key key, KeyModifier... modifiers) {
        Shortcuts.addShortcutListener(card, action::run, key, modifiers).listenOn(card);
    }

    void place(String prefix, int index, int count) {
        handle.setId(prefix + "handle");
        up.setId(prefix + "up");
        down.setId(prefix + "down");
        duplicate.setId(prefix + "duplicate");
        remove.setId(prefix + "remove");
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }
}
