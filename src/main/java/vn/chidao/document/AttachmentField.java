package vn.chidao.document;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;

/**
 * The files a step sends with it: Vaadin's Upload (pick or drag and drop, progress per file, the phone's camera
 * offered since images are taken), each file checked as soon as it arrives, with the service's own rules (type from
 * content, size), and a refused one marked with the reason. The files are kept in temporary files until the step is
 * sent; a form closed or sent leaves none behind.
 */
public class AttachmentField extends Div implements HasValidation {

    private record Received(String name, File file) implements Serializable {
    }

    final Upload upload;
    final Span refusal = new Span();
    private final DocumentService documents;
    private final List<Received> received = new ArrayList<>();

    /** @param id the component's id prefix: the upload is {@code <id>-files}, the refusal {@code <id>-files-error} */
    public AttachmentField(DocumentService documents, String id, String labelKey) {
        this.documents = documents;
        addClassName("chidao-attachments");
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> received(metadata.fileName(), file));
            } else {
                received(metadata.fileName(), file);
            }
        }));
        upload.setId(id + "-files");
        upload.setMaxFiles(documents.maxFiles());
        upload.setMaxFileSize((int) Math.min(documents.maxSize(), Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(DocumentService.acceptedTypes());
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> refuse(e.getFileName(), e.getErrorMessage()));
        upload.addFileRemovedListener(e -> removed(e.getFileName()));
        refusal.setId(id + "-files-error");
        refusal.addClassName("chidao-attachments-error");
        refusal.setVisible(false);
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("chidao-attachments-label");
        add(label, upload, refusal);
        addDetachListener(e -> clear());
    }

    /** The files taken so far, in the order they came. */
    public List<IncomingFile> files() {
        return received.stream().map(r -> new IncomingFile(r.name(), new FileSystemResource(r.file()))).toList();
    }

    /** Shows why the step's files were refused (the service's 400 on {@code file}). */
    public void showRefusal(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }

    /**
     * Whether the step may go: when {@code required} (a directive that requires evidence) and no file came, says so
     * and answers false, before anything is sent.
     */
    public boolean check(boolean required) {
        if (required && received.isEmpty()) {
            showRefusal(getTranslation("document.files.evidenceNeeded"));
            return false;
        }
        return true;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        refusal.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return refusal.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        refusal.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return refusal.isVisible();
    }

    /** Forgets the files and deletes their temporary copies (after the step is sent, or when the form goes). */
    public void clear() {
        received.forEach(r -> r.file().delete());
        received.clear();
        upload.clearFileList();
    }

    /** A file has arrived: taken when the service would take it, otherwise refused with its reason. */
    void received(String name, File file) {
        DomainException refused = documents.refusal(new IncomingFile(name, new FileSystemResource(file)));
        if (refused == null) {
            received.add(new Received(name, file));
            refusal.setVisible(false);
            return;
        }
        file.delete();
        refuse(name, describe(refused));
    }

    private void refuse(String name, String reason) {
        upload.getElement().executeJs("const f = (this.files || []).find(f => f.name === $0);"
                + " if (f) { f.error = $1; this.files = [...this.files]; }", name, reason);
        showRefusal(reason);
    }

    private void removed(String name) {
        received.stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(r -> {
            r.file().delete();
            received.remove(r);
        });
    }

    private String describe(DomainException refused) {
        if (refused instanceof InvalidInputException invalid) {
            InvalidInputException.FieldError error = invalid.errors().get(0);
            return getTranslation(error.messageKey(), error.arguments());
        }
        return getTranslation(refused.messageKey(), refused.arguments());
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("document.upload.addOne"))
                .setMany(getTranslation("document.upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("document.upload.dropOne"))
                .setMany(getTranslation("document.upload.dropMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("document.upload.tooMany",
                        documents.maxFiles()))
                .setFileIsTooBig(getTranslation("document.upload.tooBig", documents.maxSize() / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("document.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("document.upload.connecting"))
                        .setStalled(getTranslation("document.upload.stalled"))
                        .setProcessing(getTranslation("document.upload.processing"))
                        .setHeld(getTranslation("document.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("document.upload.remaining"))
                        .setUnknown(getTranslation("document.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("document.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("document.upload.serverError"))
                        .setForbidden(getTranslation("document.upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("document.upload.retry"))
                .setStart(getTranslation("document.upload.start"))
                .setRemove(getTranslation("document.upload.remove")));
        return i18n;
    }
}
