package vn.chidao.conclusion;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
class CommitteeController {

    private final ConclusionService conclusions;

    CommitteeController(ConclusionService conclusions) {
        this.conclusions = conclusions;
    }

    /** The caller's government's steering committees: {@code [{id, name, chair}]}. */
    @GetMapping("/api/committees")
    List<CommitteeDto> committees(@AuthenticationPrincipal ActorPrincipal caller) {
        return conclusions.committeeList(caller.actor());
    }
}
