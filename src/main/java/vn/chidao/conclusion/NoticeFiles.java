package vn.chidao.conclusion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.Role;
import vn.chidao.base.ui.Feedback;
import vn.chidao.document.AttachmentField;
import vn.chidao.document.AttachmentList;
import vn.chidao.document.DocumentService;
import vn.chidao.document.IncomingFile;

/**
 * The notice's files (the signed Thông báo kết luận, annexes) on its page, and for the secretariat the upload that
 * attaches more: each file stored with a line in the notice's history, then the page shows them.
 */
class NoticeFiles extends Div {

    NoticeFiles(ConclusionDetail detail, Actor actor, ConclusionFiles files, DocumentService documents,
                Messages messages, Runnable reload) {
        setId("notice-attachments");
        add(new H2(getTranslation("document.files.list")));
        if (detail.attachments().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("document.files.none"));
            none.addClassName("chidao-muted");
            add(none);
        } else {
            add(new AttachmentList(documents, actor, detail.attachments()));
        }
        if (!actor.has(Role.SECRETARIAT)) {
            return;
        }
        AttachmentField field = new AttachmentField(documents, "notice", "document.files.notice");
        Button attach = new Button(getTranslation("document.files.attach"), VaadinIcon.PAPERCLIP.create());
        attach.setId("notice-attach");
        attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        attach.addClickListener(e -> {
            List<IncomingFile> picked = field.files();
            try {
                picked.forEach(file -> files.attach(actor, detail.id(), file));
                Feedback.success(getTranslation("document.files.attached", picked.size()));
            } catch (DomainException refused) {
                Feedback.refused(messages, refused);
            }
            reload.run();
        });
        add(field, attach);
    }
}
