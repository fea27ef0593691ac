package vn.chidao.conclusion;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import vn.chidao.base.ConflictException;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;
import vn.chidao.base.ui.Feedback;
import vn.chidao.base.ui.FieldErrors;

/**
 * A leader approves and issues a conclusion. The number field starts with the number the notice itself carries when
 * the draft was read from one, else the next number of the office's series as Chidao knows it; the leader (or the văn
 * thư beside them) keeps it or corrects it from the office's register. The notice's own issue date, when it has
 * one, is shown: it is the date stamped.
 */
class ApproveDialog extends Dialog {

    final TextField number = new TextField();
    final Button approve = new Button();

    ApproveDialog(Messages messages, String title, String proposedNumber, LocalDate issuedOn,
                  SerializableConsumer<String> action) {
        setHeaderTitle(getTranslation("approve.header"));
        setId("approve-dialog");
        Paragraph what = new Paragraph(getTranslation("approve.text", title));
        number.setLabel(getTranslation("approve.number"));
        number.setHelperText(getTranslation("approve.numberHint"));
        number.setPlaceholder(getTranslation("approve.numberExample"));
        number.setMaxLength(50);
        number.setId("approve-number");
        number.setWidthFull();
        if (proposedNumber != null) {
            number.setValue(proposedNumber);
        }
        approve.setText(getTranslation("approve.confirm"));
        approve.setId("approve-confirm");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setDisableOnClick(true);
        approve.addClickShortcut(Key.ENTER).listenOn(this);
        approve.addClickListener(e -> {
            try {
                action.accept(number.getValue());
                close();
            } catch (InvalidInputException error) {
                FieldErrors.show(messages, error, field -> number);
            } catch (ConflictException error) {
                number.setErrorMessage(Feedback.describe(messages, error));
                number.setInvalid(true);
            } catch (DomainException error) {
                Feedback.refused(messages, error);
            } finally {
                approve.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("conclusion.cancel"), e -> close());
        cancel.setId("approve-cancel");
        add(what, number);
        if (issuedOn != null) {
            Paragraph issued = new Paragraph(getTranslation("approve.issuedOn", Dates.format(issuedOn)));
            issued.setId("approve-issued-on");
            issued.addClassName("chidao-conclusion-muted");
            add(issued);
        }
        getFooter().add(cancel, approve);
        setWidth("min(32rem, 95vw)");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                number.focus();
            }
        });
    }
}
