package vn.chidao.extension;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.base.ActorPrincipal;

/** A unit asks for a new deadline; the secretariat (or the leaders) decide. Both answer with the assignment. */
@RestController
@RequestMapping("/api/assignments")
class ExtensionController {

    private final ExtensionService extensions;

    ExtensionController(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @PostMapping("/{id}/extension")
    AssignmentDetail requestExtension(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                      @RequestBody ExtensionInput body) {
        return extensions.request(caller.actor(), id, body);
    }

    @PostMapping("/{id}/extension/decision")
    AssignmentDetail decideExtension(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                     @RequestBody ExtensionDecision body) {
        return extensions.decide(caller.actor(), id, body);
    }
}
