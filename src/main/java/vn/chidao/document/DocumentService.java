package vn.chidao.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.InvalidInputException;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.TooLargeException;
import vn.chidao.base.time.Dates;

/**
 * Attachments: each file is checked (at most {@code max-files} per step, each at most {@code max-size}, of a type
 * told from its content) and stored with its owner in the transaction of the step it came with, so a refused file
 * or a failed step leaves nothing behind. Downloads stream the content to those the owner's feature lets read it.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

    /** Where a download's content goes, with its listing (name, type, size) to set the response's headers. */
    @FunctionalInterface
    public interface Download {
        OutputStream open(AttachmentInfo file) throws IOException;
    }

    @FunctionalInterface
    interface ContentReader {
        void read(InputStream content) throws IOException;
    }

    /** One file checked and measured, not stored yet. */
    private record Checked(IncomingFile file, String name, long size, String sha256, String type) {
    }

    public static final String FIELD = "file";

    private final AttachmentStore store;
    private final FileTypes types;
    private final DocumentProperties properties;
    /** Asked when a file is downloaded: the owners' features themselves store files through this service. */
    private final ObjectProvider<AttachmentReaders> readers;

    DocumentService(AttachmentStore store, FileTypes types, DocumentProperties properties,
                    ObjectProvider<AttachmentReaders> readers) {
        this.store = store;
        this.types = types;
        this.properties = properties;
        this.readers = readers;
    }

    public int maxFiles() {
        return properties.maxFiles();
    }

    public long maxSize() {
        return properties.maxSize().toBytes();
    }

    /** The name a file is kept under: no folders, no control characters, Vietnamese kept. */
    public static String cleanName(String given) {
        return FileNames.clean(given);
    }

    /** The types the upload components offer to pick. */
    public static String[] acceptedTypes() {
        return FileTypes.ACCEPT.clone();
    }

    /**
     * Stores {@code files} with their owner and the history line they came with ({@code step} its action, null
     * outside a step), all or none: every file is checked before the first is stored. Joins the caller's
     * transaction, which must exist: the step and its files commit together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AttachmentInfo> attach(AttachmentOwner owner, long ownerId, Long eventId, String step, String user,
                                       Instant at, List<IncomingFile> files) {
        if (files.size() > properties.maxFiles()) {
            throw InvalidInputException.of(FIELD, "error.file.tooMany", properties.maxFiles());
        }
        List<Checked> checked = files.stream().map(this::check).toList();
        List<AttachmentInfo> stored = new ArrayList<>();
        for (Checked file : checked) {
            AttachmentStore.NewAttachment row = new AttachmentStore.NewAttachment(owner, ownerId, eventId, step,
                    file.name(), file.size(), file.sha256(), file.type(), user, at);
            long id;
            try (InputStream in = file.file().content().getInputStream()) {
                id = store.insert(row, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stored.add(new AttachmentInfo(id, file.name(), file.size(), file.sha256(), file.type(), step,
                    Dates.local(at), user, eventId));
        }
        return stored;
    }

    /**
     * Why {@code file} would be refused (a 400 or a 413 as {@link #attach} would throw), or null when it would be
     * taken: the upload components tell the user at once, before the step is sent.
     */
    public DomainException refusal(IncomingFile file) {
        try {
            check(file);
            return null;
        } catch (InvalidInputException | TooLargeException refused) {
            return refused;
        }
    }

    public List<AttachmentInfo> of(AttachmentOwner owner, long ownerId) {
        return store.of(owner, List.of(ownerId)).stream().map(AttachmentStore.Stored::info).toList();
    }

    /** The files of many owners at once (a page of a queue), by owner id. */
    public Map<Long, List<AttachmentInfo>> of(AttachmentOwner owner, Collection<Long> ownerIds) {
        Map<Long, List<AttachmentInfo>> byOwner = ownerIds.stream().distinct()
                .collect(Collectors.toMap(id -> id, id -> new ArrayList<>()));
        store.of(owner, ownerIds).forEach(s -> byOwner.get(s.ownerId()).add(s.info()));
        return byOwner;
    }

    /**
     * Streams a file to {@code download} if {@code actor} may read its owner: 404 for an unknown file or one of an
     * owner they do not know, 403 for one they know but may not read (another unit's report).
     */
    public void download(Actor actor, long id, Download download) {
        AttachmentStore.Stored stored = store.find(id)
                .orElseThrow(() -> new NotFoundException("error.file.notFound", id));
        AttachmentReaders reader = readers.stream().filter(r -> r.owner() == stored.owner()).findFirst()
                .orElseThrow(() -> new NotFoundException("error.file.notFound", id));
        try {
            reader.checkReader(actor, stored.ownerId());
        } catch (NotFoundException unknownOwner) {
            throw new NotFoundException("error.file.notFound", id);
        }
        store.read(id, in -> {
            try (OutputStream out = download.open(stored.info())) {
                in.transferTo(out);
            }
        });
    }

    private Checked check(IncomingFile file) {
        String name = FileNames.clean(file.name());
        long size;
        String sha256;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(file.content().getInputStream(), digest)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (size == 0) {
            throw InvalidInputException.of(FIELD, "error.file.empty", name);
        }
        if (size > properties.maxSize().toBytes()) {
            throw new TooLargeException("error.file.tooLarge", name, properties.maxSize().toMegabytes());
        }
        String type = types.detect(file.content());
        if (!FileTypes.allowed(type)) {
            throw InvalidInputException.of(FIELD, "error.file.type", name, type);
        }
        return new Checked(file, name, size, sha256, type);
    }
}
