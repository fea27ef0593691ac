package vn.chidao.conclusion;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;

@RestController
class CommitteeController {

    private final ConclusionService conclusions;

    CommitteeController(ConclusionService conclusions) {
        this.conclusions = conclusions;
    }

    /** The caller's government's steering committees: {@code [{id, name, chair, noticeSymbol}]}. */
    @GetMapping("/api/committees")
    List<CommitteeDto> committees(@AuthenticationPrincipal ActorPrincipal caller) {
        return conclusions.committeeList(caller.actor());
    }

    /** Sets the symbol of the notices a committee issues itself: {@code {noticeSymbol}}, empty to clear it. */
    @PutMapping("/api/committees/{id}")
    CommitteeDto change(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                        @RequestBody CommitteeChange body) {
        return conclusions.changeCommittee(caller.actor(), id, body);
    }
}
