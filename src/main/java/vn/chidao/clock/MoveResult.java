package vn.chidao.clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * What the last move did (the jobs it ran, the time it reached, the jobs that failed) or why it was refused. It
 * stays until the administrator closes it or moves the clock again: a demo room reads it at its own pace.
 */
class MoveResult extends Div {

    final Span text = new Span();
    final Button close = new Button(VaadinIcon.CLOSE_SMALL.create());

    MoveResult() {
        setId("clock-result");
        addClassName("chidao-clock-result");
        text.setId("clock-result-text");
        close.setId("clock-result-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("clock.resultClose"));
        close.setTooltipText(getTranslation("clock.resultClose"));
        close.addClickListener(e -> setVisible(false));
        add(text, close);
        setVisible(false);
    }

    /** Shows the outcome; {@code failed}: some part went wrong (shown as an error). */
    void show(String outcome, boolean failed) {
        text.setText(outcome);
        setClassName("chidao-clock-result-failed", failed);
        setVisible(true);
    }
}
