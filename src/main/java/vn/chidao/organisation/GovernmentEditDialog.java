package vn.chidao.organisation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Map;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CreateDialog;

/** Renames a government or sets the symbol of its notice numbers; the code stays. */
class GovernmentEditDialog extends CreateDialog<GovernmentForm, GovernmentDto> {

    final TextField name = new TextField();
    final TextField noticeSymbol = new TextField();

    private final SerializableFunction<GovernmentChange, GovernmentDto> action;

    GovernmentEditDialog(Messages messages, GovernmentDto government,
                         SerializableFunction<GovernmentChange, GovernmentDto> action,
                         SerializableConsumer<GovernmentDto> saved) {
        super(GovernmentForm.class, messages, "government-edit", "admin.save", "admin.cancel");
        this.action = action;
        create.setId("government-save");
        setHeaderTitle(getTranslation("governments.editTitle", government.code()));
        name.setLabel(getTranslation("governments.name"));
        name.setId("government-edit-name");
        GovernmentDialog.noticeSymbolField(noticeSymbol);
        binder.forField(name).asRequired(getTranslation("error.required")).bind("name");
        binder.forField(noticeSymbol).bind("noticeSymbol");
        binder.setBean(GovernmentForm.of(government));
        finish(new FormLayout(name, noticeSymbol), noticeSymbol, "min(34rem, 95vw)", saved);
    }

    @Override
    protected GovernmentDto save(GovernmentForm form) {
        return action.apply(form.toChange());
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("name", name, "noticeSymbol", noticeSymbol);
    }
}
