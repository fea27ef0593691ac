package vn.chidao.document;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

/**
 * Downloads an attachment: always as a download ({@code Content-Disposition: attachment}, the name in UTF-8), with
 * the type told from its content and {@code nosniff}, so no browser runs what someone attached. Streamed.
 */
@RestController
class AttachmentController {

    private final DocumentService documents;

    AttachmentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping("/api/attachments/{id}")
    void download(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id, HttpServletResponse response) {
        documents.download(caller.actor(), id, file -> {
            response.setContentType(file.type());
            response.setContentLengthLong(file.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.ETAG, "\"" + file.sha256() + "\"");
            return response.getOutputStream();
        });
    }
}
