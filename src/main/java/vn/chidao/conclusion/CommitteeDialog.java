package vn.chidao.conclusion;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Map;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.CreateDialog;
import vn.chidao.organisation.NoticeSymbol;

/** Sets whether a committee issues its own notices, and with which symbol; empty: the government's office does. */
class CommitteeDialog extends CreateDialog<CommitteeForm, CommitteeDto> {

    final TextField noticeSymbol = new TextField();

    private final SerializableFunction<CommitteeChange, CommitteeDto> action;

    CommitteeDialog(Messages messages, CommitteeDto committee, String governmentSymbol,
                    SerializableFunction<CommitteeChange, CommitteeDto> action, SerializableConsumer<CommitteeDto> saved) {
        super(CommitteeForm.class, messages, "committee", "admin.save", "conclusion.cancel");
        this.action = action;
        setHeaderTitle(committee.name());
        Paragraph what = new Paragraph(getTranslation("committees.dialogText", governmentSymbol));
        noticeSymbol.setLabel(getTranslation("committees.noticeSymbol"));
        noticeSymbol.setHelperText(getTranslation("committees.noticeSymbolHint"));
        noticeSymbol.setPlaceholder(governmentSymbol);
        noticeSymbol.setMaxLength(NoticeSymbol.MAX_LENGTH);
        noticeSymbol.setClearButtonVisible(true);
        noticeSymbol.setWidthFull();
        noticeSymbol.setId("committee-notice-symbol");
        binder.forField(noticeSymbol).bind("noticeSymbol");
        CommitteeForm form = new CommitteeForm();
        form.setNoticeSymbol(committee.noticeSymbol() == null ? "" : committee.noticeSymbol());
        binder.setBean(form);
        VerticalLayout content = new VerticalLayout(what, noticeSymbol);
        content.setPadding(false);
        finish(content, noticeSymbol, "min(34rem, 95vw)", saved);
    }

    @Override
    protected CommitteeDto save(CommitteeForm form) {
        return action.apply(new CommitteeChange(form.getNoticeSymbol()));
    }

    @Override
    protected Map<String, HasValidation> fieldsByPath() {
        return Map.of("noticeSymbol", noticeSymbol);
    }
}
