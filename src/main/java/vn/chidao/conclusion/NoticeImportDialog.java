package vn.chidao.conclusion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ByteArrayResource;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.ui.Feedback;
import vn.chidao.conclusion.parse.NoticeParseService;
import vn.chidao.conclusion.parse.ParsedNotice;
import vn.chidao.document.IncomingFile;

/**
 * "Dán / tải thông báo": the text of a conclusion notice pasted, or the notice uploaded as .docx, .pdf or .txt, read by
 * {@link NoticeParseService} into a proposal the editor fills its form with, with the uploaded file (null for pasted
 * text) for the editor to keep with the draft as its source. Nothing is saved here.
 */
class NoticeImportDialog extends Dialog {

    final TextArea text = new TextArea();
    final MemoryBuffer buffer = new MemoryBuffer();
    final Upload upload = new Upload(buffer);
    final Button read = new Button();

    private final NoticeParseService parser;
    private final Actor actor;
    private final Messages messages;
    private final SerializableBiConsumer<ParsedNotice, IncomingFile> fill;

    NoticeImportDialog(NoticeParseService parser, Actor actor, Messages messages,
                       SerializableBiConsumer<ParsedNotice, IncomingFile> fill) {
        this.parser = parser;
        this.actor = actor;
        this.messages = messages;
        this.fill = fill;
        setId("notice-import-dialog");
        setHeaderTitle(getTranslation("parse.title"));
        setWidth("min(900px, 95vw)");
        text.setId("notice-text");
        text.setLabel(getTranslation("parse.text"));
        text.setPlaceholder(getTranslation("parse.textHint"));
        text.setWidthFull();
        text.setMinRows(10);
        text.setMaxLength(NoticeParseService.MAX_TEXT);
        upload.setId("notice-upload");
        upload.setAcceptedFileTypes(".docx", ".pdf", ".txt", "application/pdf", "text/plain",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) NoticeParseService.MAX_FILE_BYTES);
        upload.addSucceededListener(e -> uploaded(e.getFileName()));
        Paragraph or = new Paragraph(getTranslation("parse.upload"));
        read.setText(getTranslation("parse.read"));
        read.setId("notice-read");
        read.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        read.addClickListener(e -> pasted());
        Button cancel = new Button(getTranslation("parse.cancel"), e -> close());
        cancel.setId("notice-cancel");
        add(text, or, upload);
        getFooter().add(cancel, read);
    }

    private void pasted() {
        try {
            done(parser.parseText(actor, text.getValue(), getLocale()), null);
        } catch (DomainException e) {
            text.setInvalid(true);
            text.setErrorMessage(Feedback.describe(messages, e));
        }
    }

    private void uploaded(String fileName) {
        try (InputStream in = buffer.getInputStream()) {
            byte[] content = in.readAllBytes();
            done(parser.parseFile(actor, fileName, content, getLocale()), new IncomingFile(fileName, new ByteArrayResource(content)));
        } catch (DomainException e) {
            upload.clearFileList();
            Feedback.refused(messages, e);
        } catch (IOException e) {
            upload.clearFileList();
            Feedback.error(getTranslation("parse.unreadable", fileName));
        }
    }

    private void done(ParsedNotice parsed, IncomingFile source) {
        close();
        fill.accept(parsed, source);
    }
}
