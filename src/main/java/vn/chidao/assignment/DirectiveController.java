package vn.chidao.assignment;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.conclusion.ConclusionDetail;

@RestController
class DirectiveController {

    private final DirectiveService directives;

    DirectiveController(DirectiveService directives) {
        this.directives = directives;
    }

    /** The secretariat cancels a directive, with a reason: its processes end, its history stays. */
    @PostMapping("/api/directives/{id}/cancel")
    ConclusionDetail cancel(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                            @RequestBody(required = false) CancelInput body) {
        return directives.cancel(caller.actor(), id, body);
    }

    /** The secretariat closes an ongoing directive: its units stop reporting, its history stays. */
    @PostMapping("/api/directives/{id}/close")
    ConclusionDetail close(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                           @RequestBody(required = false) CloseInput body) {
        return directives.close(caller.actor(), id, body);
    }
}
