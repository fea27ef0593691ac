package vn.chidao.conclusion;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.JsonPart;
import vn.chidao.base.PageResult;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.IncomingFile;

@RestController
@RequestMapping("/api/conclusions")
class ConclusionController {

    record Approval(String number) {
    }

    record Rejection(String comment) {
    }

    private final ConclusionService conclusions;
    private final ConclusionFiles files;
    private final JsonPart json;

    ConclusionController(ConclusionService conclusions, ConclusionFiles files, JsonPart json) {
        this.json = json;
        this.conclusions = conclusions;
        this.files = files;
    }

    /** One file attached to the notice (part {@code file}: the signed notice, an annex): 201 with what was stored. */
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AttachmentInfo attach(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                          @RequestPart(name = "file", required = false) List<MultipartFile> parts) {
        return files.attach(caller.actor(), id, IncomingFile.one(parts));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ConclusionDetail create(@AuthenticationPrincipal ActorPrincipal caller, @RequestBody ConclusionDraft body) {
        return conclusions.create(caller.actor(), body);
    }

    /**
     * The draft (part {@code data}, the JSON {@link #create} takes) with the notice it was read from (part
     * {@code file}, optional), attached to it in the same transaction: 201, or nothing saved.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ConclusionDetail createWithSource(@AuthenticationPrincipal ActorPrincipal caller,
                                      @RequestPart(JsonPart.NAME) String data,
                                      @RequestPart(name = "file", required = false) List<MultipartFile> parts) {
        List<IncomingFile> given = IncomingFile.of(parts);
        ConclusionDraft draft = json.read(data, ConclusionDraft.class);
        return files.create(caller.actor(), draft, given.isEmpty() ? null : IncomingFile.one(parts));
    }

    @GetMapping
    PageResult<ConclusionSummary> list(@AuthenticationPrincipal ActorPrincipal caller,
                                       @RequestParam(required = false) ConclusionStatus status,
                                       @RequestParam(required = false) String text,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        Page<ConclusionSummary> found = conclusions.page(caller.actor(), new ConclusionFilter(status, text),
                PageResult.request(page, size, Sort.by("id").descending()));
        return PageResult.of(found);
    }

    @GetMapping("/{id}")
    ConclusionDetail get(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return conclusions.get(caller.actor(), id);
    }

    @PutMapping("/{id}")
    ConclusionDetail update(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                            @RequestBody ConclusionDraft body) {
        return conclusions.update(caller.actor(), id, body);
    }

    @PostMapping("/{id}/submit")
    ConclusionDetail submit(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return conclusions.submit(caller.actor(), id);
    }

    @PostMapping("/{id}/approve")
    ConclusionDetail approve(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                             @RequestBody(required = false) Approval body) {
        return conclusions.approve(caller.actor(), id, body == null ? null : body.number());
    }

    @PostMapping("/{id}/reject")
    ConclusionDetail reject(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                            @RequestBody Rejection body) {
        return conclusions.reject(caller.actor(), id, body.comment());
    }
}
