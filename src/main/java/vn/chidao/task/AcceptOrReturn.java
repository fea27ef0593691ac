package vn.chidao.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.Serializable;
import vn.chidao.assignment.ReviewDecision;
import vn.chidao.base.ui.CommentDialog;
import vn.chidao.base.ui.Confirm;

/**
 * Accept a unit's result after a confirmation, or return it with a comment: the secretariat's review
 * ({@code assignment.review.*}, ids {@code review-accept}/{@code review-return}) and the leader's sign-off
 * ({@code assignment.signOff.*}, ids {@code sign-off-accept}/{@code sign-off-return}).
 */
class AcceptOrReturn extends Div {

    /** Records the decision; {@code successKey} is what the page says once it is done. */
    @FunctionalInterface
    interface Decide extends Serializable {
        void apply(ReviewDecision decision, String successKey);
    }

    AcceptOrReturn(String keys, String id, String unitCode, Decide decide) {
        addClassName("chidao-button-row");
        Button accept = new Button(getTranslation(keys + ".accept"), VaadinIcon.CHECK.create(),
                e -> Confirm.ask(getTranslation(keys + ".accept.header"),
                        getTranslation(keys + ".accept.text", unitCode), getTranslation(keys + ".accept"),
                        () -> decide.apply(new ReviewDecision(ReviewDecision.Decision.ACCEPT, null),
                                keys + ".accepted")));
        accept.setId(id + "-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button(getTranslation(keys + ".return"), VaadinIcon.REPLY.create(),
                e -> new CommentDialog(getTranslation(keys + ".return.header"), getTranslation(keys + ".return.label"),
                        getTranslation(keys + ".return"),
                        comment -> decide.apply(new ReviewDecision(ReviewDecision.Decision.RETURN, comment),
                                keys + ".returned")).open());
        giveBack.setId(id + "-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(accept, giveBack);
    }
}
