package vn.chidao.assignment;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.JsonPart;
import vn.chidao.document.AttachmentInfo;
import vn.chidao.document.IncomingFile;

/**
 * One assignment: reading it and the actions of its unit, the secretariat and the leader. The register's list,
 * extensions and the leaders' overdue review answer under the same path from their own features' controllers.
 */
@RestController
@RequestMapping("/api/assignments")
class AssignmentController {

    static final String FILE = "file";

    private final AssignmentService assignments;
    private final JsonPart json;

    AssignmentController(AssignmentService assignments, JsonPart json) {
        this.assignments = assignments;
        this.json = json;
    }

    @GetMapping("/{id}")
    AssignmentDetail get(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return assignments.get(caller.actor(), id);
    }

    @PostMapping("/{id}/acknowledge")
    AssignmentDetail acknowledge(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id) {
        return assignments.acknowledge(caller.actor(), id);
    }

    @PostMapping("/{id}/progress")
    AssignmentDetail progress(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                              @RequestBody ProgressUpdate body) {
        return assignments.progress(caller.actor(), id, body);
    }

    /** Progress with files: a part {@code data} holding the JSON above and {@code file} parts. */
    @PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AssignmentDetail progress(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                              @RequestPart(JsonPart.NAME) String data,
                              @RequestPart(name = FILE, required = false) List<MultipartFile> files) {
        return assignments.progress(caller.actor(), id, json.read(data, ProgressUpdate.class), IncomingFile.of(files));
    }

    @PostMapping("/{id}/report")
    AssignmentDetail report(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                            @RequestBody CompletionReport body) {
        return assignments.report(caller.actor(), id, body);
    }

    /** The report (or a periodic report) with its documents. */
    @PostMapping(path = "/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AssignmentDetail report(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                            @RequestPart(JsonPart.NAME) String data,
                            @RequestPart(name = FILE, required = false) List<MultipartFile> files) {
        return assignments.report(caller.actor(), id, json.read(data, CompletionReport.class), IncomingFile.of(files));
    }

    @PostMapping("/{id}/review")
    AssignmentDetail review(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                            @RequestBody ReviewDecision body) {
        return assignments.review(caller.actor(), id, body);
    }

    @PostMapping("/{id}/sign-off")
    AssignmentDetail signOff(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                             @RequestBody ReviewDecision body) {
        return assignments.signOff(caller.actor(), id, body);
    }

    @PostMapping("/{id}/contribution")
    AssignmentDetail contribute(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                @RequestBody ContributionInput body) {
        return assignments.contribute(caller.actor(), id, body);
    }

    @PostMapping(path = "/{id}/contribution", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AssignmentDetail contribute(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                @RequestPart(JsonPart.NAME) String data,
                                @RequestPart(name = FILE, required = false) List<MultipartFile> files) {
        return assignments.contribute(caller.actor(), id, json.read(data, ContributionInput.class),
                IncomingFile.of(files));
    }

    /** One file attached outside a step (part {@code file}): 201 with what was stored. */
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AttachmentInfo attach(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                          @RequestPart(name = FILE, required = false) List<MultipartFile> files) {
        return assignments.attach(caller.actor(), id, IncomingFile.one(files));
    }
}
