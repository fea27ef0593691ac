package vn.chidao.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of attachments: {@code chidao.documents.max-size} per file (default 20 MB, also the multipart limit of a
 * file part), {@code chidao.documents.max-files} per step (default 10).
 */
@ConfigurationProperties("chidao.documents")
public record DocumentProperties(DataSize maxSize, Integer maxFiles) {

    public DocumentProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
        maxFiles = maxFiles == null ? 10 : maxFiles;
    }
}
