package vn.chidao.deadline;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chidao.assignment.AssignmentDetail;
import vn.chidao.base.ActorPrincipal;

/** A leader answers an assignment overdue for several working days; the answer is the assignment. */
@RestController
@RequestMapping("/api/assignments")
class OverdueController {

    private final OverdueService overdue;

    OverdueController(OverdueService overdue) {
        this.overdue = overdue;
    }

    @PostMapping("/{id}/overdue-review")
    AssignmentDetail overdueReview(@AuthenticationPrincipal ActorPrincipal caller, @PathVariable long id,
                                   @RequestBody OverdueDecision body) {
        return overdue.review(caller.actor(), id, body);
    }
}
