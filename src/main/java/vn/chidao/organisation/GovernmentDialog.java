package vn.chidao.organisation;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Map;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CreateDialog;

/** Creates a government (province or city): its short code and its name. */
class GovernmentDialog extends CreateDialog<GovernmentForm, GovernmentDto> {

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField noticeSymbol = new TextField();

    private final SerializableFunction<NewGovernment, GovernmentDto> action;

    GovernmentDialog(Messages messages, SerializableFunction<NewGovernment, GovernmentDto> action,
                     SerializableConsumer<GovernmentDto> created) {
        super(GovernmentForm.class, messages, "government", "admin.create", "admin.cancel");
        this.action = action;
        setHeaderTitle(getTranslation("governments.new"));
        code.setLabel(getTranslation("governments.code"));
        code.setHelperText(getTranslation("governments.codeHint"));
        code.setId("government-code");
        name.setLabel(getTranslation("governments.name"));
        name.setPlaceholder(getTranslation("governments.nameHint"));
        name.setId("government-name");
        noticeSymbolField(noticeSymbol);
        String required = getTranslation("error.required");
        binder.forField(code).asRequired(required).bind("code");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(noticeSymbol).bind("noticeSymbol");
        binder.setBean(new GovernmentForm());
        finish(new FormLayout(code, name, noticeSymbol), code, "min(34rem, 95vw)", created);
    }

    /** The symbol of the government's notice numbers, shared with the edit dialog. */
    static void noticeSymbolField(TextField field) {
        field.setLabel(field.getTranslation("governments.noticeSymbol"));
        field.setHelperText(field.getTranslation("governments.noticeSymbolHint"));
        field.setMaxLength(NoticeSymbol.MAX_LENGTH);
        field.setId("government-notice-symbol");
    }

    @Override
    protected GovernmentDto save(GovernmentForm form) {
        return action.apply(form.toCommand());
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("code", code, "name", name, "noticeSymbol", noticeSymbol);
    }
}
