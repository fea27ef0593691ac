package vn.chidao.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import vn.chidao.base.ConflictException;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.Messages;

/**
 * A dialog that creates (or changes) one thing from a form bean bound with Bean Validation. Enter or the create
 * button validates, calls the service, closes and hands the result on; the service's field errors land on the
 * fields they name, a conflict (the code or name is taken) on the key field, anything else in a
 * notification. Subclasses add their fields, bind them to {@link #binder} and call {@link #finish}.
 *
 * @param <B> the form bean
 * @param <R> what the service returns
 */
public abstract class CreateDialog<B, R> extends Dialog {

    protected final BeanValidationBinder<B> binder;
    protected final Button create = new Button();
    private final Messages messages;

    /**
     * @param id the dialog is {@code <id>-dialog}, its button {@code <id>-create}
     * @param createKey, cancelKey the buttons' texts (message keys)
     */
    protected CreateDialog(Class<B> beanType, Messages messages, String id, String createKey, String cancelKey) {
        this.binder = new BeanValidationBinder<>(beanType);
        this.messages = messages;
        setId(id + "-dialog");
        create.setText(getTranslation(createKey));
        create.setId(id + "-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(new Button(getTranslation(cancelKey), e -> close()), create);
    }

    /** Calls the service with the valid bean. */
    protected abstract R save(B bean);

    /** The form's fields by the service's field paths, for its validation errors. */
    protected abstract Map<String, HasValidation> fieldsByPath();

    /**
     * Adds the form, wires the create button and focuses {@code keyField} (which also shows a conflict).
     *
     * @param created what to do with the created thing once the dialog has closed
     */
    protected <F extends Component & HasValidation & Focusable<?>> void finish(Component form, F keyField,
                                                                              String width,
                                                                              SerializableConsumer<R> created) {
        add(form);
        setWidth(width);
        create.addClickListener(e -> {
            try {
                if (!binder.validate().isOk()) {
                    return;
                }
                R result = save(binder.getBean());
                close();
                created.accept(result);
            } catch (InvalidInputException error) {
                FieldErrors.show(messages, error, fieldsByPath()::get);
            } catch (ConflictException error) {
                keyField.setErrorMessage(Feedback.describe(messages, error));
                keyField.setInvalid(true);
            } catch (DomainException error) {
                Feedback.refused(messages, error);
            } finally {
                create.setEnabled(true);
            }
        });
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                keyField.focus();
            }
        });
    }
}
