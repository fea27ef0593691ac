package vn.chidao.document;

import java.util.List;
import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;
import vn.chidao.base.InvalidInputException;

/**
 * A file on its way in: the name the sender gave it and its content, which can be read more than once (an upload
 * spooled to disk, as multipart parts and the UI's uploads are): once to tell its type, once to store it.
 */
public record IncomingFile(String name, InputStreamSource content) {

    /** The {@code file} parts of a multipart request (none when the request has none). */
    public static List<IncomingFile> of(List<MultipartFile> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream().filter(p -> !p.isEmpty() || p.getOriginalFilename() != null)
                .map(p -> new IncomingFile(p.getOriginalFilename(), p)).toList();
    }

    /** The single {@code file} part of a request that attaches one file: 400 on {@code file} for none or several. */
    public static IncomingFile one(List<MultipartFile> parts) {
        List<IncomingFile> files = of(parts);
        if (files.isEmpty()) {
            throw InvalidInputException.of(DocumentService.FIELD, "error.required");
        }
        if (files.size() > 1) {
            throw InvalidInputException.of(DocumentService.FIELD, "error.file.one");
        }
        return files.get(0);
    }
}
