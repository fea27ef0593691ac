package vn.chidao.extension;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.base.JsonPart;
import vn.chidao.document.IncomingFile;

/** A unit asks for a new deadline; the secretariat (or the leaders) decide. Both answer with the assignment. */
@RestController
@RequestMapping("/api/assignments")
class ExtensionController {

    private final ExtensionService extensions;
    private final JsonPart json;

    ExtensionController(ExtensionService extensions, JsonPart json) {
        this.extensions = extensions;
        this.json = json;
    }

    @PostMapping("/{id}/extension")
    AssignmentDetail requestExtension(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                      @RequestBody ExtensionInput body) {
        return extensions.request(caller.actor(), id, body);
    }

    /** The request with its grounds as files (a part {@code data} with the JSON above, {@code file} parts). */
    @PostMapping(path = "/{id}/extension", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AssignmentDetail requestExtension(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                      @RequestPart(JsonPart.NAME) String data,
                                      @RequestPart(name = "file", required = false) List<MultipartFile> files) {
        return extensions.request(caller.actor(), id, json.read(data, ExtensionInput.class), IncomingFile.of(files));
    }

    @PostMapping("/{id}/extension/decision")
    AssignmentDetail decideExtension(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                     @RequestBody ExtensionDecision body) {
        return extensions.decide(caller.actor(), id, body);
    }
}
