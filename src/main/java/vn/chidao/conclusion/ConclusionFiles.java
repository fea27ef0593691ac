package vn.chidao.conclusion;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chidao.base.Actor;
import vn.chidao.base.NotFoundException;
import vn.chidao.base.Role;
import vn.chidao.base.time.AppClock;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.AttachmentOwner;
import vn.chidao.document.AttachmentReaders;
import vn.chidao.document.DocumentService;
import vn.chidao.document.IncomingFile;

/**
 * The files of a notice (the signed Thông báo kết luận, its annex): the secretariat attaches them, at any stage, with
 * a line in the notice's history, also the notice a draft was read from as the draft is saved; whoever reads the
 * notice opens them (units: once it is issued).
 */
@Service
@Transactional(readOnly = true)
public class ConclusionFiles implements AttachmentReaders {

    static final String ATTACHED = "ATTACHED";

    private final ConclusionRepository conclusions;
    private final ConclusionEventRepository events;
    private final DocumentService documents;
    private final AppClock clock;
    private final ConclusionService drafts;

    ConclusionFiles(ConclusionRepository conclusions, ConclusionEventRepository events, DocumentService documents,
                    AppClock clock, ConclusionService drafts) {
        this.drafts = drafts;
        this.conclusions = conclusions;
        this.events = events;
        this.documents = documents;
        this.clock = clock;
    }

    @Transactional
    public AttachmentInfo attach(Actor actor, long id, IncomingFile file) {
        actor.require(Role.SECRETARIAT);
        Conclusion conclusion = conclusions.lockById(id).orElseThrow(() -> notFound(id));
        if (!actor.sees(conclusion.getGovernmentId())) {
            throw notFound(id);
        }
        ConclusionEvent event = events.save(new ConclusionEvent(id, clock.instant(), actor.username(), ATTACHED,
                DocumentService.cleanName(file.name())));
        return documents.attach(AttachmentOwner.CONCLUSION, id, event.getId(), null, actor.username(), event.getAt(),
                List.of(file)).get(0);
    }

    /**
     * A new draft with the notice it was read from ({@code source}, null for none) attached, in one transaction: a
     * file the documents refuse (a type they do not keep, such as .txt) refuses the draft too.
     */
    @Transactional
    public ConclusionDetail create(Actor actor, ConclusionDraft draft, IncomingFile source) {
        return withSource(actor, drafts.create(actor, draft), source);
    }

    /** {@link ConclusionService#update} and, in the same transaction, {@code source} (null for none) attached. */
    @Transactional
    public ConclusionDetail update(Actor actor, long id, ConclusionDraft draft, IncomingFile source) {
        return withSource(actor, drafts.update(actor, id, draft), source);
    }

    private ConclusionDetail withSource(Actor actor, ConclusionDetail saved, IncomingFile source) {
        if (source == null) {
            return saved;
        }
        attach(actor, saved.id(), source);
        return drafts.get(actor, saved.id());
    }

    @Override
    public AttachmentOwner owner() {
        return AttachmentOwner.CONCLUSION;
    }

    /** Whoever reads the notice ({@link ConclusionService#get}'s rule); anyone else is told it is not there. */
    @Override
    public void checkReader(Actor actor, long ownerId) {
        Conclusion conclusion = conclusions.findById(ownerId).orElseThrow(() -> notFound(ownerId));
        ConclusionService.checkReader(actor, conclusion);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("error.conclusion.notFound", id);
    }
}
