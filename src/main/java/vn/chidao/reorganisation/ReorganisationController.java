package vn.chidao.reorganisation;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.base.ActorPrincipal;
import vn.chidao.organisation.UnitEndRequest;
import vn.chidao.organisation.UnitEndResult;
import vn.chidao.organisation.UnitEndings;
import vn.chidao.organisation.UnitMergeRequest;

/** Ending and merging units over the API; {@code government} names the government (its own admins may leave it out). */
@RestController
@RequestMapping("/api/admin/units")
class ReorganisationController {

    private final UnitEndings endings;

    ReorganisationController(UnitEndings endings) {
        this.endings = endings;
    }

    /** The unit's open assignments, each of which needs a successor when the unit ends with several. */
    @GetMapping("/{code}/open-assignments")
    List<UnitEndings.OpenWork> openWork(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable String code,
                                        @RequestParam(required = false) String government) {
        return endings.openWork(caller.actor(), government, code);
    }

    @PostMapping("/{code}/end")
    UnitEndResult end(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable String code,
                      @RequestParam(required = false) String government, @RequestBody UnitEndRequest body) {
        return endings.end(caller.actor(), government, code, body);
    }

    @PostMapping("/merge")
    List<UnitEndResult> merge(@AuthenticationPrincipal ActorPrincipal caller,
                              @RequestParam(required = false) String government, @RequestBody UnitMergeRequest body) {
        return endings.merge(caller.actor(), government, body);
    }
}
