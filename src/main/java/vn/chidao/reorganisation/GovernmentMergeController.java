package vn.chidao.reorganisation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.organisation.GovernmentMergeRequest;
import vn.chidao.organisation.GovernmentMergeResult;
import vn.chidao.organisation.GovernmentMerging;

/** Merging a government into another over the API (the installation's administrator only). */
@RestController
@RequestMapping("/api/admin/governments")
class GovernmentMergeController {

    private final GovernmentMerging merging;

    GovernmentMergeController(GovernmentMerging merging) {
        this.merging = merging;
    }

    @PostMapping("/merge")
    GovernmentMergeResult merge(@AuthenticationPrincipal ActorPrincipal caller,
                                @RequestBody GovernmentMergeRequest body) {
        return merging.merge(caller.actor(), body);
    }
}
